import ArgumentParser
import Foundation
import HelpDeskCore
import HelpDeskStore

/// `helpdesk lint [FILE|-]`: the phrase guard from the command line, for
/// scripts, mail templates and canned replies before they reach a customer.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check text for forbidden service phrases (服务禁用语).",
        discussion: """
        Prints each hit as FILE:LINE:COLUMN (column in characters), the phrase, the \
        reason and what to say instead. Exit status: 0 clean, 1 hits found, \
        2 the phrase rules could not be loaded. With --eval FILE, scores the guard \
        on a labelled corpus (language<TAB>rule id or ok<TAB>sentence per line) and \
        prints per language the recall and false-alarm rate, then every miss and \
        false alarm with the rule involved.
        """
    )

    @OptionGroup var options: ResourceOptions
    @Argument(help: "The file to check; - or nothing reads standard input.")
    var file: String?
    @Option(name: .long, help: "Only the rules of this language: zh-Hans, en or ko (default: all).")
    var lang: String?
    @Option(name: .long, help: "Score the guard on this labelled corpus instead of checking text.")
    var eval: String?

    func run() throws {
        let language = try parseLanguage(lang)
        if let eval { return try evaluate(eval, language: language) }
        let text = try readInput()
        let (loaded, issues) = try options.resources().loadPhraseGuard(overrides: try options.overrides())
        for issue in issues { printError("warning: \(issue)") }
        let phraseGuard = language.map { loaded.restricted(to: [$0]) } ?? loaded
        if phraseGuard.rules.isEmpty {
            printError("helpdesk: no phrase rules loaded")
            throw ExitCode(2)
        }
        let report = phraseGuard.check(text)
        let name = file ?? "-"
        var cursor = TextPosition(text)
        var out = ""
        for hit in report.hits {
            let (line, column) = cursor.advance(to: hit.range.lowerBound)
            out += "\(name):\(line):\(column): «\(hit.matched)» [\(hit.rule.id)] \(hit.rule.reason) → \(hit.alternative)\n"
        }
        print(out, terminator: "")
        if !report.isClean { throw ExitCode(1) }
    }

    /// `--eval FILE`: the guard's recall and false alarms on a labelled corpus.
    private func evaluate(_ path: String, language: Language?) throws {
        let contents = try UserFile.contents(path) { ValidationError($0) }
        let sentences: [PhraseCorpusSentence]
        do {
            sentences = try PhraseCorpusSentence.parse(String(decoding: contents, as: UTF8.self), file: path)
        } catch {
            for issue in error.issues { printError("helpdesk: \(issue)") }
            throw ExitCode(64)
        }
        let (loaded, issues) = try options.resources().loadPhraseGuard(overrides: options.overrides())
        for issue in issues { printError("warning: \(issue)") }
        let chosen = language.map { only in sentences.filter { $0.language == only } } ?? sentences
        print(PhraseEvaluation(guard: loaded, sentences: chosen).report(file: path))
    }

    private func readInput() throws -> String {
        let data: Data
        if let file, file != "-" {
            data = try UserFile.contents(file) { ValidationError($0) }
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        return String(decoding: data, as: UTF8.self)
    }

}

/// Line and column (from 1, the column in characters, so a CJK character is
/// one column, as editors number them) of positions visited in order: one
/// walk over the text for all hits, so lint stays linear however many hits.
struct TextPosition {
    private let text: String
    private var index: String.Index
    private var line = 1
    private var column = 1

    init(_ text: String) {
        self.text = text
        index = text.startIndex
    }

    mutating func advance(to target: String.Index) -> (line: Int, column: Int) {
        while index < target {
            if text[index] == "\n" || text[index] == "\r\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index = text.index(after: index)
        }
        return (line, column)
    }
}
