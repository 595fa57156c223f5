import Foundation

/// One script file as read from disk (or built in a test): a name and its bytes.
public struct ScriptFile: Sendable {
    public var name: String
    public var data: Data
    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }
}

/// The set of scripts the console offers, checked as a whole: the console needs
/// one opening script and one script per situation key.
public struct ScriptLibrary: Sendable {
    /// Sorted by id, the order `scripts list` prints.
    public let scripts: [Script]

    public init(_ scripts: [Script]) { self.scripts = scripts.sorted { $0.id < $1.id } }

    /// Decodes every file and checks the set; returns the scripts that loaded
    /// and every problem found, so one broken file does not hide the others.
    /// A later file with the same name replaces an earlier one (a lead's
    /// override); a later file that fails to load leaves the earlier in place.
    public static func load(_ files: [ScriptFile]) -> (library: ScriptLibrary, issues: [LoadIssue]) {
        var byID: [String: Script] = [:]
        var issues: [LoadIssue] = []
        for file in files {
            do {
                let script = try ScriptDecoder.decode(file.data, fileName: file.name)
                byID[script.id] = script
            } catch {
                issues += error.issues
            }
        }
        let library = ScriptLibrary(Array(byID.values))
        return (library, issues + library.setIssues())
    }

    public func script(_ id: String) -> Script? { scripts.first { $0.id == id } }

    /// The situation script the agent switches to with `key`.
    public func script(forKey key: Character) -> Script? {
        let folded = Character(key.lowercased())
        return scripts.first { $0.key == folded }
    }

    /// The script that starts when a call is taken.
    public var opening: Script? { scripts.first { $0.kind == .opening } }

    public func scripts(of kind: ScriptKind) -> [Script] { scripts.filter { $0.kind == kind } }

    /// Problems that only show across files: two scripts on one key, no opening.
    func setIssues() -> [LoadIssue] {
        var issues: [LoadIssue] = []
        var owner: [Character: String] = [:]
        for script in scripts {
            guard let key = script.key else { continue }
            if let first = owner[key] {
                issues.append(LoadIssue(file: script.id + ".json", field: "key", message: "\"\(key)\" is already the key of \(first).json"))
            } else {
                owner[key] = script.id
            }
        }
        let openings = scripts(of: .opening)
        if !scripts.isEmpty && openings.isEmpty {
            issues.append(LoadIssue(file: "scripts", field: "kind", message: "no script is of kind \"opening\"; the console needs one to start a call"))
        }
        if openings.count > 1 {
            issues.append(LoadIssue(file: "scripts", field: "kind", message: "more than one opening script: \(openings.map(\.id).joined(separator: ", "))"))
        }
        return issues
    }
}
