/// A coding key for objects whose keys are names the config chooses
/// (weekdays, categories, severities), read with `allKeys`.
struct NameKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
