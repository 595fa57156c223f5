import Foundation

/// Where each file of a data directory lives (see docs/storage.md):
///
///     lock                 flock target, taken for every change
///     journal/000001.jsonl segments of the event journal, JSON Lines
///     snapshot.json        live state as of the start of one segment
///     history/3f.jsonl     closed calls, bucketed by a hash of the phone
///     roster.json          Unix account → agent number, name, role
///     group                optional: the Unix group of a shared floor
///     quarantine/          copies of damaged lines and files, never deleted
struct DataDirectoryLayout: Sendable {
    let root: String

    var lock: String { root + "/lock" }
    var journal: String { root + "/journal" }
    var snapshot: String { root + "/snapshot.json" }
    var history: String { root + "/history" }
    var roster: String { root + "/roster.json" }
    var groupSetting: String { root + "/group" }
    var quarantine: String { root + "/quarantine" }

    func segment(_ number: Int) -> String { journal + "/" + Self.segmentName(number) }

    /// "000042.jsonl": fixed width, so a directory listing sorts in journal order.
    static func segmentName(_ number: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, 6 - digits.count)) + digits + ".jsonl"
    }

    /// The segment numbers present in `journal/`, ascending.
    func segmentNumbers() -> [Int] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: journal)) ?? []
        return names.compactMap { name -> Int? in
            guard name.hasSuffix(".jsonl") else { return nil }
            return Int(name.dropLast(6))
        }.sorted()
    }

    /// A path relative to the data directory, as messages show it.
    func relative(_ path: String) -> String {
        path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
    }
}

extension DataDirectoryStore {
    /// The data directory when none is given: `$HELPDESK_DATA`, else
    /// `$XDG_DATA_HOME/helpdesk`, else `~/.local/share/helpdesk`.
    public static func defaultPath(environment: [String: String]) -> String {
        if let explicit = environment["HELPDESK_DATA"], !explicit.isEmpty { return explicit }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/helpdesk" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/helpdesk"
    }
}
