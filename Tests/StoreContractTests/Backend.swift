import Foundation
import HelpDeskCore
import HelpDeskPostgres
import HelpDeskStore
import Testing
import TestSupport

/// The two floors every contract test runs against. A fresh floor is a new
/// temporary data directory, or a new empty database on the test server
/// (which fails the test, saying why, when no server could start).
enum Backend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case json, postgres

    var testDescription: String { rawValue }

    /// The `--data` address of a fresh, empty floor.
    func freshFloor() throws -> String {
        switch self {
        case .json: NSTemporaryDirectory() + "helpdesk-contract-\(UUID().uuidString)"
        case .postgres: try PostgresTestServer.freshDatabase()
        }
    }

    func open(_ address: String, clock: any Clock = SystemClock()) throws -> any CopyableFloor {
        switch self {
        case .json: try DataDirectoryStore(path: address, clock: clock)
        case .postgres: try PostgresStore(uri: address, clock: clock)
        }
    }
}
