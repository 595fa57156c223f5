import Foundation

/// How many service jobs (派工) a branch dispatched in a month: the
/// denominator of "complaints per 10,000 dispatches".
public struct DispatchVolume: Codable, Sendable, Equatable {
    /// The most one branch can record for one month. Far above any real
    /// volume, and low enough that sums over every branch and month, and the
    /// ratio's integer arithmetic, stay far from overflowing.
    public static let maximum = 1_000_000_000

    public var branch: String
    /// The month, "2026-09".
    public var month: String
    public var dispatches: Int

    public init(branch: String, month: String, dispatches: Int) {
        self.branch = branch
        self.month = month
        self.dispatches = dispatches
    }

    /// Reads a volume from `dispatches.json` and checks it as an import
    /// would, so a hand-edited file is refused on load rather than
    /// trapping in a later report.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(branch: try c.decode(String.self, forKey: .branch), month: try c.decode(String.self, forKey: .month),
                  dispatches: try c.decode(Int.self, forKey: .dispatches))
        if let problem = problem {
            throw DecodingError.dataCorruptedError(forKey: .dispatches, in: c, debugDescription: problem.description)
        }
    }

    /// What makes this volume unusable, or nil.
    public var problem: DomainError? {
        if let p = Identifier.problem(branch) { return .invalid(field: "branch", reason: "\(Identifier.quoted(branch)) \(p)") }
        if !Self.isMonth(month) { return .invalid(field: "month", reason: "\(Identifier.quoted(month)) is not a month like 2026-09") }
        if !(1...Self.maximum).contains(dispatches) {
            return .invalid(field: "dispatches", reason: "\(dispatches) is not a whole number from 1 to \(Self.maximum)")
        }
        return nil
    }

    /// "yyyy-MM" with a month 01–12: the form `BusinessDay.month` reads,
    /// checked without a calendar since imports check many.
    static func isMonth(_ text: String) -> Bool {
        let u = Array(text.utf8)
        func digit(_ i: Int) -> Int? { (48...57).contains(u[i]) ? Int(u[i]) - 48 : nil }
        guard u.count == 7, u[4] == 45, (0..<4).allSatisfy({ digit($0) != nil }),
              let tens = digit(5), let ones = digit(6) else { return false }
        return (1...12).contains(tens * 10 + ones)
    }
}

/// The dispatch volumes on file (`dispatches.json` in the data directory),
/// one per branch and month; adding a volume for the same branch and month
/// replaces the old one, so importing a corrected sheet is safe.
public struct DispatchVolumes: Codable, Sendable, Equatable {
    public var version = 1
    public var volumes: [DispatchVolume] = []

    public init(volumes: [DispatchVolume] = []) {
        merge(volumes)
    }

    public mutating func set(_ volume: DispatchVolume) {
        merge([volume])
    }

    /// Adds every volume in order, each replacing any with its branch and
    /// month; one pass with a table of where each key stands, so importing
    /// 100,000 rows is linear rather than 100,000 searches.
    public mutating func merge(_ new: [DispatchVolume]) {
        struct Key: Hashable { var branch: String, month: String }
        var index: [Key: Int] = [:]
        index.reserveCapacity(volumes.count + new.count)
        for (i, v) in volumes.enumerated() { index[Key(branch: v.branch, month: v.month)] = i }
        for v in new {
            let key = Key(branch: v.branch, month: v.month)
            if let i = index[key] { volumes[i] = v } else {
                index[key] = volumes.count
                volumes.append(v)
            }
        }
    }

    /// Dispatches per branch over every month that overlaps `period`: volumes
    /// are monthly, so a period inside a month takes that month's whole volume.
    public func byBranch(overlapping period: DateInterval, day: BusinessDay) -> [(branch: String, dispatches: Int)] {
        var out: [(branch: String, dispatches: Int)] = []
        for v in volumes {
            guard let m = day.month(v.month), m.start < period.end, period.start < m.end else { continue }
            if let i = out.firstIndex(where: { $0.branch == v.branch }) { out[i].dispatches += v.dispatches } else {
                out.append((v.branch, v.dispatches))
            }
        }
        return out
    }

    /// Checks one volume as typed or imported, naming what is wrong.
    public static func validated(branch: String, month: String, dispatches: String, line: Int? = nil) throws -> DispatchVolume {
        let at = line.map { "line \($0): " } ?? ""
        let count = dispatches.trimmingSpaces()
        guard let n = Int(count) else {
            throw DomainError.invalid(field: "dispatches", reason: "\(at)\(Identifier.quoted(count)) is not a whole number from 1 to \(DispatchVolume.maximum)")
        }
        let volume = DispatchVolume(branch: branch.trimmingSpaces(),
                                    month: month.trimmingSpaces(), dispatches: n)
        if case .invalid(let field, let reason)? = volume.problem { throw DomainError.invalid(field: field, reason: at + reason) }
        return volume
    }

    /// Reads a CSV sheet with exactly the columns `branch,month,dispatches`
    /// (in any order; a UTF-8 byte-order mark and quoted fields allowed).
    /// A row with more or fewer fields is refused, naming its line.
    public static func parseCSV(_ text: String) throws -> [DispatchVolume] {
        let records = CSVReader.records(text)
        let header = records.first?.fields.map { $0.trimmingSpaces().lowercased() } ?? []
        guard header.count == 3, let b = header.firstIndex(of: "branch"), let m = header.firstIndex(of: "month"),
              let d = header.firstIndex(of: "dispatches") else {
            throw DomainError.invalid(field: "header", reason: "line 1: the first line must name exactly the columns branch,month,dispatches")
        }
        var out: [DispatchVolume] = []
        out.reserveCapacity(records.count)
        for r in records.dropFirst() where !(r.fields.count == 1 && r.fields[0].trimmingSpaces().isEmpty) {
            guard r.fields.count == 3 else {
                throw DomainError.invalid(field: "row", reason: "line \(r.line): expected 3 fields (branch,month,dispatches), found \(r.fields.count)")
            }
            out.append(try validated(branch: r.fields[b], month: r.fields[m], dispatches: r.fields[d], line: r.line))
        }
        return out
    }
}
