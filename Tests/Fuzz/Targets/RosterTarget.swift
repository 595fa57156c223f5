import ColumnWidth
import Foundation
import HelpDeskCore

/// `roster.json`: any bytes decode or fail cleanly; a roster that decodes
/// encodes and decodes back to itself; the check on load names a bad entry
/// in a message that carries no control character.
enum RosterTarget {
    static func run(_ bytes: UnsafeRawBufferPointer) {
        let decoder = JournalCoding.decoder()
        guard let entries = try? decoder.decode([RosterEntry].self, from: Data(bytes)) else { return }
        guard let data = try? JournalCoding.encoder(pretty: true).encode(entries) else { return require(false, "a decoded roster does not encode") }
        require((try? decoder.decode([RosterEntry].self, from: data)) == entries, "encode then decode changed the roster")
        _ = Roster(entries: entries).identity(forUser: entries.first?.user ?? "")
        if let problem = Roster.problem(in: entries) {
            require(!problem.unicodeScalars.contains(where: needsReplacement), "a roster refusal carries a control character")
        }
    }
}
