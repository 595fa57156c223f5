import Foundation
import HelpDeskCore

/// `snapshot.json`: the live state folded from every segment before
/// `segment`, so start-up reads this one small file plus the segments from
/// `segment` on, however many years of journal lie before it.
struct StoreSnapshot: Codable {
    /// The snapshot format this program writes; newer ones are refused by name.
    static let currentFormat = 1

    var format: Int
    /// The first journal segment NOT folded into `state`.
    var segment: Int
    var written: Date
    var state: LiveState

    init(segment: Int, written: Date, state: LiveState) {
        format = Self.currentFormat
        self.segment = segment
        self.written = written
        self.state = state
    }

    /// Just the header, for callers that only need to know where it stands.
    private struct Header: Decodable {
        var format: Int
        var segment: Int
    }

    enum Loaded {
        case none
        case snapshot(StoreSnapshot)
        /// Present but unusable; the reason is for the warning.
        case damaged(bytes: [UInt8], reason: String)
    }

    static func load(_ layout: DataDirectoryLayout) throws -> Loaded {
        guard let bytes = try layout.root.contents(DataDirectoryLayout.snapshot) else { return .none }
        let decoder = JournalCoding.decoder()
        let data = Data(bytes)
        // The whole file is parsed once; only when that fails is the header
        // read alone, to tell a newer format from a damaged file.
        let format: Int
        let outcome: Loaded
        do {
            let snapshot = try decoder.decode(StoreSnapshot.self, from: data)
            (format, outcome) = (snapshot.format, .snapshot(snapshot))
        } catch {
            guard let header = try? decoder.decode(Header.self, from: data) else {
                return .damaged(bytes: bytes, reason: JournalLineScanner.describe(error))
            }
            (format, outcome) = (header.format, .damaged(bytes: bytes, reason: JournalLineScanner.describe(error)))
        }
        guard format <= currentFormat else {
            throw StoreError.unreadable(
                file: layout.root.file(DataDirectoryLayout.snapshot),
                reason: "snapshot format \(format) is newer than this program reads (\(currentFormat)); upgrade helpdesk")
        }
        return outcome
    }

    /// The segment the snapshot on disk stands before, or 0 if there is none.
    static func segmentOnDisk(_ layout: DataDirectoryLayout) throws -> Int {
        guard let bytes = try layout.root.contents(DataDirectoryLayout.snapshot),
              let header = try? JournalCoding.decoder().decode(Header.self, from: Data(bytes)) else { return 0 }
        return header.segment
    }

    /// Written whole or not at all: temp file, fsync, rename, fsync(dir).
    func write(_ layout: DataDirectoryLayout) throws {
        let bytes = try JournalCoding.encoder(pretty: true).encode(self)
        try layout.root.replaceAtomically(DataDirectoryLayout.snapshot, with: [UInt8](bytes) + [10])
    }
}
