import Foundation

/// The complaint causes a department offers on its form, in its order, with
/// a label in every language the floor speaks (`categories.json`).
///
/// The ids are the causes the domain knows (`ComplaintCategory`), so reports
/// across branches stay comparable; the config chooses which are offered and
/// how they read. "other" is always offered, so no complaint is turned away.
public struct ComplaintCategoryList: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var category: ComplaintCategory
        public var labels: [Language: String]

        public init(category: ComplaintCategory, labels: [Language: String]) {
            self.category = category
            self.labels = labels
        }
    }

    public let entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    public var categories: [ComplaintCategory] { entries.map(\.category) }

    public func offers(_ category: ComplaintCategory) -> Bool { entries.contains { $0.category == category } }

    /// The label to show, falling back to the id when the config has none.
    public func label(_ category: ComplaintCategory, in language: Language) -> String {
        entries.first { $0.category == category }?.labels[language] ?? category.rawValue
    }
}

extension ComplaintCategoryList: Decodable {
    private enum Key: String, CodingKey { case categories }
    private enum EntryKey: String, CodingKey { case id, labels }

    public init(from decoder: any Decoder) throws {
        var list = try decoder.container(keyedBy: Key.self).nestedUnkeyedContainer(forKey: .categories)
        var entries: [Entry] = []
        while !list.isAtEnd {
            let item = try list.nestedContainer(keyedBy: EntryKey.self)
            let id = try item.decode(String.self, forKey: .id)
            guard let category = ComplaintCategory(rawValue: id) else {
                let known = ComplaintCategory.allCases.map(\.rawValue).joined(separator: ", ")
                throw DecodingError.dataCorruptedError(forKey: .id, in: item, debugDescription: "unknown cause \"\(id)\" (known: \(known))")
            }
            guard !entries.contains(where: { $0.category == category }) else {
                throw DecodingError.dataCorruptedError(forKey: .id, in: item, debugDescription: "\"\(id)\" is listed twice")
            }
            let labels = try LanguageLabels.decode(from: item, forKey: .labels)
            entries.append(Entry(category: category, labels: labels))
        }
        guard entries.contains(where: { $0.category == .other }) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [Key.categories], debugDescription: "\"other\" must be offered"))
        }
        self.init(entries: entries)
    }
}

/// A text in each of the floor's languages, every one required and non-empty.
enum LanguageLabels {
    static func decode<K: CodingKey>(from container: KeyedDecodingContainer<K>, forKey key: K) throws -> [Language: String] {
        let raw = try container.decode([String: String].self, forKey: key)
        var labels: [Language: String] = [:]
        for language in Language.allCases {
            guard let text = raw[language.rawValue], !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw DecodingError.dataCorruptedError(forKey: key, in: container,
                                                       debugDescription: "needs a \"\(language.rawValue)\" text")
            }
            labels[language] = text
        }
        if let stray = raw.keys.sorted().first(where: { Language(rawValue: $0) == nil }) {
            throw DecodingError.dataCorruptedError(forKey: key, in: container,
                                                   debugDescription: "\"\(stray)\" is not a language of the floor (zh-Hans, en, ko)")
        }
        return labels
    }
}
