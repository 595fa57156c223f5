/// How much a customer matters to the business: key accounts (大客户) and VIPs
/// are served ahead of regular callers (the 80/20 rule of `domain.md`).
public enum Tier: String, Codable, Sendable, CaseIterable, Comparable {
    case regular
    case vip
    case keyAccount = "key-account"

    /// Seconds of waiting a caller of this tier is credited on joining the queue.
    public var queueHeadStart: Int {
        switch self {
        case .regular: 0
        case .vip: 180
        case .keyAccount: 240
        }
    }

    private var rank: Int { Tier.allCases.firstIndex(of: self)! }
    public static func < (a: Tier, b: Tier) -> Bool { a.rank < b.rank }
}

/// The languages the floor speaks and the UI is written in.
public enum Language: String, Codable, Sendable, CaseIterable {
    case zh = "zh-Hans"
    case en
    case ko
}

/// A caller as the floor knows them. The surname and honorific are what the
/// script uses once the name is known ("王先生", "Ms Smith", "김 고객님").
public struct Customer: Codable, Sendable, Equatable {
    public var name: String
    public var surname: String?
    public var honorific: String?
    public var phone: String
    public var branch: String?
    public var language: Language?
    public var tier: Tier

    public init(
        name: String, surname: String? = nil, honorific: String? = nil, phone: String,
        branch: String? = nil, language: Language? = nil, tier: Tier = .regular
    ) {
        self.name = name
        self.surname = surname
        self.honorific = honorific
        self.phone = phone
        self.branch = branch
        self.language = language
        self.tier = tier
    }

    /// How the script addresses the caller: surname plus honorific in the
    /// order each language puts them, or nil while the name is unknown.
    public func address(in language: Language) -> String? {
        guard let surname, !surname.isEmpty else { return nil }
        let title = honorific ?? ""
        switch language {
        case .zh: return surname + title
        case .ko: return title.isEmpty ? surname + " 고객님" : surname + " " + title
        case .en: return title.isEmpty ? surname : title + " " + surname
        }
    }
}
