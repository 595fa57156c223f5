import HelpDeskCore

/// What the console coaches the agent with: the call scripts, the phrase
/// guard and the company name the scripts say. Loaded once by the command
/// (shipped files with the lead's overrides) and handed in, so the console
/// reads no files and tests pass exactly the scripts and rules they mean.
public struct ConsoleCoaching: Sendable {
    public var scripts: ScriptLibrary
    public var phrases: PhraseGuard
    /// Fills `{company}` in script lines.
    public var company: String

    public init(scripts: ScriptLibrary, phrases: PhraseGuard, company: String = "helpdesk") {
        self.scripts = scripts
        self.phrases = phrases
        self.company = company
    }

    /// No scripts and no phrase rules: the console works, coaching nothing.
    public static let none = ConsoleCoaching(scripts: ScriptLibrary([]), phrases: PhraseGuard(rules: []))
}
