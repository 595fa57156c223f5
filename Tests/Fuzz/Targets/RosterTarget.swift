import Foundation
import HelpDeskCore

/// `roster.json`: any bytes decode or fail cleanly; a roster that decodes
/// encodes and decodes back to itself.
enum RosterTarget {
    static func run(_ bytes: UnsafeRawBufferPointer) {
        let decoder = JournalCoding.decoder()
        guard let entries = try? decoder.decode([RosterEntry].self, from: Data(bytes)) else { return }
        guard let data = try? JournalCoding.encoder(pretty: true).encode(entries) else { return require(false, "a decoded roster does not encode") }
        require((try? decoder.decode([RosterEntry].self, from: data)) == entries, "encode then decode changed the roster")
        _ = Roster(entries: entries).identity(forUser: entries.first?.user ?? "")
    }
}
