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
        2 the phrase rules could not be loaded.
        """
    )

    @OptionGroup var options: ResourceOptions
    @Argument(help: "The file to check; - or nothing reads standard input.")
    var file: String?
    @Option(name: .long, help: "Only the rules of this language: zh-Hans, en or ko (default: all).")
    var lang: String?

    func run() throws {
        let language = try parseLanguage(lang)
        let text = try readInput()
        let (loaded, issues) = try options.resources().loadPhraseGuard(dataDirectory: options.dataDirectory)
        for issue in issues { printError("warning: \(issue)") }
        let phraseGuard = language.map { loaded.restricted(to: [$0]) } ?? loaded
        if phraseGuard.rules.isEmpty {
            printError("helpdesk: no phrase rules loaded")
            throw ExitCode(2)
        }
        let report = phraseGuard.check(text)
        let name = file ?? "-"
        for hit in report.hits {
            let (line, column) = Self.position(of: hit.range.lowerBound, in: text)
            print("\(name):\(line):\(column): «\(hit.matched)» [\(hit.rule.id)] \(hit.rule.reason) → \(hit.alternative)")
        }
        if !report.isClean { throw ExitCode(1) }
    }

    private func readInput() throws -> String {
        let data: Data
        if let file, file != "-" {
            guard let contents = FileManager.default.contents(atPath: file) else {
                throw ValidationError("cannot read \(file)")
            }
            data = contents
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Line and column from 1; the column counts characters, so a CJK
    /// character is one column, as editors number them.
    static func position(of index: String.Index, in text: String) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = text.startIndex
        var cursor = text.startIndex
        while cursor < index {
            if text[cursor] == "\n" || text[cursor] == "\r\n" {
                line += 1
                lineStart = text.index(after: cursor)
            }
            cursor = text.index(after: cursor)
        }
        return (line, text.distance(from: lineStart, to: index) + 1)
    }
}
