import Foundation
@testable import HelpDeskCore
@testable import HelpDeskStore

/// The snapshot loader's decoding: any bytes decode or fail cleanly, and a
/// snapshot that decodes encodes and decodes back to the same state.
enum SnapshotTarget {
    static let decoder = JournalCoding.decoder()
    static let encoder = JournalCoding.encoder(pretty: true)

    static func run(_ bytes: UnsafeRawBufferPointer) {
        guard let snapshot = try? decoder.decode(StoreSnapshot.self, from: Data(bytes)) else { return }
        guard let data = try? encoder.encode(snapshot) else { return require(false, "a decoded snapshot does not encode") }
        let back = try? decoder.decode(StoreSnapshot.self, from: data)
        require(back?.state == snapshot.state && back?.segment == snapshot.segment && back?.written == snapshot.written,
                "encode then decode changed the snapshot")
    }
}
