extension PhraseGuard {
    /// Every rule example that does not hold, as LanguageTool checks the
    /// examples inside its rules: a `before` the rule must flag and whose
    /// replacement must read exactly as `after` (so a replacement is always
    /// grammatical: it takes the whole span, subject and all), and an `ok`
    /// the rule must leave alone. Empty when all hold.
    public func exampleProblems() -> [LoadIssue] {
        var problems: [LoadIssue] = []
        for rule in rules {
            for (index, example) in rule.examples.enumerated() {
                let report = check(example.before)
                let own = report.hits.first { $0.rule.id == rule.id }
                let field = "examples[\(index)]"
                let file = rule.language.rawValue + ".json"
                switch (example.after, own) {
                case (let after?, let hit?):
                    let replaced = report.replacing(hit)
                    if replaced != after {
                        problems.append(LoadIssue(file: file, item: rule.id, field: field,
                                                  message: "«\(example.before)» becomes «\(replaced)», not «\(after)»"))
                    }
                case (.some, nil):
                    let others = report.hits.map { "\($0.rule.id) «\($0.matched)»" }.joined(separator: ", ")
                    problems.append(LoadIssue(file: file, item: rule.id, field: field,
                                              message: "«\(example.before)» is not flagged by this rule" + (others.isEmpty ? "" : " (only by \(others))")))
                case (nil, let hit?):
                    problems.append(LoadIssue(file: file, item: rule.id, field: field,
                                              message: "«\(example.before)» should be left alone but «\(hit.matched)» is flagged"))
                case (nil, nil):
                    break
                }
            }
        }
        return problems
    }
}
