/// How long, in business minutes, a complaint may wait for its first
/// response and for its resolution.
public struct SLATarget: Sendable, Equatable, Codable {
    public var firstResponseMinutes: Int
    public var resolutionMinutes: Int

    public init(firstResponseMinutes: Int, resolutionMinutes: Int) {
        self.firstResponseMinutes = firstResponseMinutes
        self.resolutionMinutes = resolutionMinutes
    }
}

/// The service levels per category and severity (`sla.json`): a default for
/// every severity, and overrides for the cells a department treats apart —
/// a customer left waiting at home for a missed appointment cannot wait as
/// long as a billing question being investigated.
public struct SLATable: Sendable, Equatable {
    public let defaults: [Severity: SLATarget]
    public let overrides: [ComplaintCategory: [Severity: SLATarget]]

    /// `defaults` must cover every severity; `init(from:)` checks that for files.
    public init(defaults: [Severity: SLATarget], overrides: [ComplaintCategory: [Severity: SLATarget]] = [:]) {
        self.defaults = defaults
        self.overrides = overrides
    }

    public func target(for category: ComplaintCategory, _ severity: Severity) -> SLATarget {
        overrides[category]?[severity] ?? defaults[severity] ?? SLATarget(firstResponseMinutes: 0, resolutionMinutes: 0)
    }
}

extension SLATable: Decodable {
    private enum Key: String, CodingKey { case `default`, categories }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let defaults = try Self.row(c.nestedContainer(keyedBy: NameKey.self, forKey: .default))
        if let missing = Severity.allCases.first(where: { defaults[$0] == nil }) {
            throw DecodingError.dataCorruptedError(forKey: .default, in: c,
                                                   debugDescription: "needs a \"\(missing.rawValue)\" target")
        }
        var overrides: [ComplaintCategory: [Severity: SLATarget]] = [:]
        if c.contains(.categories) {
            let categories = try c.nestedContainer(keyedBy: NameKey.self, forKey: .categories)
            for key in categories.allKeys {
                guard let category = ComplaintCategory(rawValue: key.stringValue) else {
                    throw DecodingError.dataCorruptedError(forKey: key, in: categories,
                                                           debugDescription: "unknown cause \"\(key.stringValue)\"")
                }
                overrides[category] = try Self.row(categories.nestedContainer(keyedBy: NameKey.self, forKey: key))
            }
        }
        self.init(defaults: defaults, overrides: overrides)
    }

    private static func row(_ c: KeyedDecodingContainer<NameKey>) throws -> [Severity: SLATarget] {
        var row: [Severity: SLATarget] = [:]
        for key in c.allKeys {
            guard let severity = Severity(rawValue: key.stringValue) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription:
                    "unknown severity \"\(key.stringValue)\" (known: \(Severity.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let target = try c.decode(SLATarget.self, forKey: key)
            guard target.firstResponseMinutes > 0, target.resolutionMinutes > 0 else {
                throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "minutes must be positive")
            }
            guard target.firstResponseMinutes <= target.resolutionMinutes else {
                throw DecodingError.dataCorruptedError(forKey: key, in: c,
                                                       debugDescription: "the first response cannot be due after the resolution")
            }
            row[severity] = target
        }
        return row
    }
}
