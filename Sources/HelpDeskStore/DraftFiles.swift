import Foundation
import HelpDeskCore

/// `drafts/AGENT.json`: what an agent has typed into a form and not yet
/// saved. Replaced atomically on every change, so a dropped ssh session,
/// SIGHUP or a killed terminal leaves the last keystroke on disk; removed
/// once the form is saved. Drafts are the agent's own, not floor events, so
/// they live beside the journal rather than in it.
extension DataDirectoryStore {
    private var draftDirectory: String { path + "/drafts" }

    private func draftPath(agent: String) -> String {
        let safe = agent.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) ? String($0) : "_" }.joined()
        return draftDirectory + "/\(safe).json"
    }

    /// The data directory itself holds `scripts/` and `phrases/` overrides.
    public var overrideDirectory: String? { path }

    /// Writes the draft (JSON bytes), or removes it when nil.
    public func saveDraft(_ bytes: Data?, agent: String) throws {
        let file = draftPath(agent: agent)
        guard let bytes else {
            if unlink(file) != 0, errno != ENOENT { throw StoreError.io(operation: "remove", file: file, errno: errno) }
            return
        }
        _ = try privacy.makeDirectory(draftDirectory)
        try PosixFile.replaceAtomically(file, with: [UInt8](bytes), privacy: privacy)
    }

    /// The agent's draft, if one was left.
    public func loadDraft(agent: String) throws -> Data? {
        try PosixFile.contents(draftPath(agent: agent)).map { Data($0) }
    }
}
