import Foundation
import HelpDeskCore
import TestSupport
import Testing
@testable import HelpDeskStore

/// Presence through the kernel's locks, what only the data directory has:
/// the lock files' names. Holding, refusing a second and a killed holder
/// are proven on both floors in StoreContractTests (PresenceContractTests).
@Suite("Data directory: presence locks")
struct PresenceLockTests {
    @Test func anAgentNumberCannotNameAPathOutsideThePresenceFolder() throws {
        let scratch = Scratch()
        let hold = try scratch.open().holdPresence(agent: "../roster.json")
        defer { hold.release() }
        #expect(!FileManager.default.fileExists(atPath: scratch.file("roster.json")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.file("presence")).count == 1)
    }
}
