import Foundation
@testable import HelpDeskCore
@testable import HelpDeskStore

/// The journal line decoder: the byte-level fast path must give exactly
/// what `JSONDecoder` gives (or fail where it fails), an event that decodes
/// must encode and decode back to itself, and the store's line scanner must
/// take any bytes as a journal chunk without trapping.
enum JournalLineTarget {
    static let fast = EventLineDecoder()
    static let slow = JournalCoding.decoder()
    static let encoder = JournalCoding.encoder()

    static func run(_ bytes: UnsafeRawBufferPointer) {
        let viaFast = try? fast.decode(bytes)
        let viaJSON = try? slow.decode(Event.self, from: Data(bytes))
        require(viaFast == viaJSON, "the fast decoder gave \(String(describing: viaFast)), JSONDecoder \(String(describing: viaJSON))")
        if let event = viaJSON {
            guard let line = try? encoder.encode(event) else { return require(false, "a decoded event does not encode: \(event)") }
            let back = try? slow.decode(Event.self, from: line)
            require(back == event, "encode then decode changed \(event) into \(String(describing: back))")
            require((try? fast.decode(line)) == event, "the fast decoder misreads an encoded event")
        }
        _ = JournalLineScanner().scan(Array(bytes), firstLine: 1)
    }
}
