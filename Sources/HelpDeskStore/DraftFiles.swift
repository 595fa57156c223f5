import Foundation
import HelpDeskCore

/// `drafts/AGENT.json`: what an agent has typed into a form and not yet
/// saved. Replaced atomically on every change, so a dropped ssh session,
/// SIGHUP or a killed terminal leaves the last keystroke on disk; removed
/// once the form is saved. Drafts are the agent's own, not floor events, so
/// they live beside the journal rather than in it.
extension DataDirectoryStore {
    private static func draftName(agent: String) -> String {
        agent.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) ? String($0) : "_" }.joined() + ".json"
    }

    /// The data directory itself holds `scripts/` and `phrases/` overrides.
    public func overrides() -> FloorOverrides { ResourceDirectory.overrides(dataDirectory: path) }

    /// Writes the draft (JSON bytes), or removes it when nil.
    public func saveDraft(_ bytes: Data?, agent: String) throws {
        let drafts = try layout.root.subdirectory(DataDirectoryLayout.drafts, create: bytes != nil)
        guard let bytes else {
            try drafts?.remove(Self.draftName(agent: agent))
            return
        }
        try drafts?.replaceAtomically(Self.draftName(agent: agent), with: [UInt8](bytes))
    }

    /// The agent's draft, if one was left.
    public func loadDraft(agent: String) throws -> Data? {
        try layout.root.subdirectory(DataDirectoryLayout.drafts, create: false)?
            .contents(Self.draftName(agent: agent)).map { Data($0) }
    }
}
