/// A text in each language the floor speaks. Scripts keep all languages in one
/// file so the step structure is written once and cannot drift between them;
/// loading refuses a text that lacks any language, so lookups never fail.
public struct LocalizedText: Sendable, Equatable {
    public let texts: [Language: String]

    public init(_ texts: [Language: String]) { self.texts = texts }

    public subscript(language: Language) -> String { texts[language] ?? "" }
}
