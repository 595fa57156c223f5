/// A lead's overrides of the shipped call scripts and phrase rules, as the
/// floor keeps them: the files of a data directory's `scripts/` and
/// `phrases/`, or the rows of a database server's `helpdesk.overrides`.
/// Either way they are laid over the shipped files alike (a script of the
/// same name replaces, a new one adds; phrase files merge); what could not
/// be read is an issue naming it, and the shipped file stays in use.
public struct FloorOverrides: Sendable {
    public var scripts: [ScriptFile]
    public var phrases: [ScriptFile]
    public var scriptIssues: [LoadIssue]
    public var phraseIssues: [LoadIssue]

    public init(scripts: [ScriptFile] = [], phrases: [ScriptFile] = [], scriptIssues: [LoadIssue] = [], phraseIssues: [LoadIssue] = []) {
        self.scripts = scripts
        self.phrases = phrases
        self.scriptIssues = scriptIssues
        self.phraseIssues = phraseIssues
    }

    /// No overrides: the shipped files alone.
    public static let none = FloorOverrides()

    /// The two folders an override lives in, by the name each has on every floor.
    public enum Folder: String, Sendable, CaseIterable {
        case scripts, phrases
    }
}
