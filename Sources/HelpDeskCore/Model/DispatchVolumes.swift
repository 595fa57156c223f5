import Foundation

/// How many service jobs (派工) a branch dispatched in a month: the
/// denominator of "complaints per 10,000 dispatches".
public struct DispatchVolume: Codable, Sendable, Equatable {
    public var branch: String
    /// The month, "2026-09".
    public var month: String
    public var dispatches: Int

    public init(branch: String, month: String, dispatches: Int) {
        self.branch = branch
        self.month = month
        self.dispatches = dispatches
    }
}

/// The dispatch volumes on file (`dispatches.json` in the data directory),
/// one per branch and month; adding a volume for the same branch and month
/// replaces the old one, so importing a corrected sheet is safe.
public struct DispatchVolumes: Codable, Sendable, Equatable {
    public var version = 1
    public var volumes: [DispatchVolume] = []

    public init(volumes: [DispatchVolume] = []) {
        for v in volumes { set(v) }
    }

    public mutating func set(_ volume: DispatchVolume) {
        if let i = volumes.firstIndex(where: { $0.branch == volume.branch && $0.month == volume.month }) {
            volumes[i] = volume
        } else {
            volumes.append(volume)
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
        let name = branch.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw DomainError.invalid(field: "branch", reason: "\(at)a volume needs a branch") }
        let m = month.trimmingCharacters(in: .whitespaces)
        guard BusinessDay(timeZone: TimeZone(identifier: "UTC")!).month(m) != nil else {
            throw DomainError.invalid(field: "month", reason: "\(at)'\(m)' is not a month like 2026-09")
        }
        guard let n = Int(dispatches.trimmingCharacters(in: .whitespaces)), n > 0 else {
            throw DomainError.invalid(field: "dispatches", reason: "\(at)'\(dispatches)' is not a positive whole number")
        }
        return DispatchVolume(branch: name, month: m, dispatches: n)
    }

    /// Reads a CSV sheet with the header `branch,month,dispatches` (any column
    /// order, a UTF-8 byte-order mark and quoted fields allowed).
    public static func parseCSV(_ text: String) throws -> [DispatchVolume] {
        let records = CSVReader.records(text)
        guard let header = records.first?.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }),
              let b = header.firstIndex(of: "branch"), let m = header.firstIndex(of: "month"),
              let d = header.firstIndex(of: "dispatches") else {
            throw DomainError.invalid(field: "header", reason: "the first line must name the columns branch,month,dispatches")
        }
        var out: [DispatchVolume] = []
        for (i, r) in records.dropFirst().enumerated() where !(r.count == 1 && r[0].trimmingCharacters(in: .whitespaces).isEmpty) {
            guard r.count > max(b, m, d) else {
                throw DomainError.invalid(field: "row", reason: "line \(i + 2): expected \(header.count) fields, found \(r.count)")
            }
            out.append(try validated(branch: r[b], month: r[m], dispatches: r[d], line: i + 2))
        }
        return out
    }
}

/// A small RFC 4180 reader for imported sheets: quoted fields may hold
/// commas, doubled quotes and line breaks; CRLF or LF line ends.
enum CSVReader {
    static func records(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var it = (text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text).unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return it.next()
        }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    if let n = next() {
                        if n == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = n }
                    } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" && field.isEmpty {
                quoted = true
            } else if c == "," {
                record.append(field); field = ""
            } else if c == "\n" || c == "\r" {
                if c == "\r", let n = next(), n != "\n" { pending = n }
                record.append(field); field = ""
                records.append(record); record = []
            } else {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}
