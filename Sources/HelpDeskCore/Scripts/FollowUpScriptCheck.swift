/// The scripts follow-up calls name must be in the library: a follow-up
/// whose script is missing would open on the wrong words (or none) when it
/// falls due, days after the lead's edit that removed it. `scripts check`
/// runs this over the configured chains and the follow-ups on the floor.
public enum FollowUpScriptCheck {
    /// Every script `rules` (followups.json) names that `library` lacks, each
    /// issue naming the rule that names it.
    public static func missing(in rules: FollowUpRules, file: String, library: ScriptLibrary) -> [LoadIssue] {
        var named: [(field: String, script: String?)] = [("dissatisfied.script", rules.dissatisfied.script),
                                                          ("afterResolution.script", rules.afterResolution.script)]
        for category in ServiceCategory.allCases {
            for (i, step) in (rules.chains[category] ?? []).enumerated() {
                named.append(("chains.\(category.rawValue)[\(i)].script", step.script))
            }
        }
        return named.compactMap { field, script in
            issue(script, library: library) { LoadIssue(file: file, field: field, message: $0) }
        }
    }

    /// Every script the open follow-ups on the floor name (their own and
    /// their chain's later steps) that `library` lacks, each issue naming the
    /// follow-up.
    public static func missing(in followUps: [FollowUp], library: ScriptLibrary) -> [LoadIssue] {
        followUps.filter(\.isOpen).flatMap { f in
            let named = [("script", f.script)] + (f.next ?? []).enumerated().map { ("next[\($0)].script", $1.script) }
            return named.compactMap { field, script in
                issue(script, library: library) { LoadIssue(file: "follow-up \(f.id)", field: field, message: $0) }
            }
        }
    }

    private static func issue(_ script: String?, library: ScriptLibrary, _ make: (String) -> LoadIssue) -> LoadIssue? {
        guard let script, library.script(script) == nil else { return nil }
        return make("script \"\(script)\" is not in the script library (scripts: \(library.scripts.map(\.id).joined(separator: ", ")))")
    }
}
