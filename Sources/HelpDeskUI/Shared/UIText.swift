import HelpDeskCore

/// Every label the console and wallboard show, in the three languages of
/// the floor. One struct per language keeps a missing translation a
/// compile error rather than an empty label on screen.
public struct UIText: Sendable {
    public var language: Language
    public var queue, call, script, complaint, history, wrapUp, help: String
    public var waiting, longest, agent, state, inState: String
    public var name, tier, category, wait, phone, reason: String
    public var emptyQueue, noCall, noHistory, noScript: String
    public var takeNext, hangUp, ready, pause, quit, fileComplaint, switchPanel, language_: String
    public var save, confirmQuit, saved, tooSmall: String
    /// The floor's server went away (shown until it is back), and it is back.
    public var floorLost, reconnected: String
    public var disposition, notes, resolvedFirstContact, satisfaction: String
    public var product, keyPoints, wants, severity, promised, required: String
    public var statusNames: [AgentStatus: String]
    public var tierNames: [Tier: String]
    public var categoryNames: [ServiceCategory: String]
    public var complaintCategoryNames: [ComplaintCategory: String]
    public var severityNames: [Severity: String]

    public static func forLanguage(_ language: Language) -> UIText {
        switch language {
        case .zh: .chinese
        case .en: .english
        case .ko: .korean
        }
    }

    /// The language from the locale variables, as a terminal user set them.
    public static func language(fromEnvironment env: [String: String]) -> Language {
        let locale = env["HELPDESK_LANG"] ?? env["LC_ALL"] ?? env["LC_MESSAGES"] ?? env["LANG"] ?? ""
        if locale.hasPrefix("zh") { return .zh }
        if locale.hasPrefix("ko") { return .ko }
        return .en
    }
}
