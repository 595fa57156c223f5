import Foundation
import HelpDeskCore
import HelpDeskPostgres
import HelpDeskStore

/// `helpdesk scripts put FILE` and `scripts remove NAME`: a lead's overrides
/// on a PostgreSQL floor, kept in its `helpdesk.overrides` table (on a data
/// directory the lead puts files in its `scripts/` and `phrases/`). A file
/// is checked as the console would load it, beside the floor's other
/// overrides, and saved only when it has no problem; the server refuses
/// anyone but a lead role.
extension ScriptsCommand {
    private var folder: FloorOverrides.Folder { phrases ? .phrases : .scripts }

    func put(_ resources: ResourceDirectory, file: String) throws {
        let store = try overrideFloor()
        let name = (file as NSString).lastPathComponent
        guard name.range(of: #"^[A-Za-z0-9][A-Za-z0-9._-]*\.json$"#, options: .regularExpression) != nil else {
            throw CLIFailure(message: "\(file): an override's file name is letters, digits, '.', '_' and '-', ending in .json",
                             code: .badInput)
        }
        let data = try UserFile.contents(file) { CLIFailure(message: $0, code: .badInput) }
        let shown = PostgresStore.overrideName(folder.rawValue, name)
        var overrides = store.overrides()
        let entry = ScriptFile(name: shown, data: data)
        switch folder {
        case .scripts: overrides.scripts = overrides.scripts.filter { $0.name != shown } + [entry]
        case .phrases: overrides.phrases = overrides.phrases.filter { $0.name != shown } + [entry]
        }
        let issues = folder == .scripts ? resources.loadScripts(overrides: overrides).issues
            : resources.loadPhraseRules(overrides: overrides).issues
        let problems = issues.filter { $0.file == shown }
        guard problems.isEmpty else {
            for problem in problems { printError("error: \(problem)") }
            throw CLIFailure(message: "\(file) was not saved: \(problems.count) problem\(problems.count == 1 ? "" : "s")", code: .badInput)
        }
        try refusedByServer(onlyFor: "a team lead's role") { try store.saveOverride(data, name: name, in: folder) }
        print("saved \(shown)")
    }

    func remove(name: String) throws {
        let store = try overrideFloor()
        let shown = PostgresStore.overrideName(folder.rawValue, name)
        guard try refusedByServer(onlyFor: "a team lead's role", { try store.removeOverride(name: name, in: folder) }) else {
            throw CLIFailure(message: "there is no \(shown)", code: .refused)
        }
        print("removed \(shown); the shipped file is in use again")
    }

    /// The PostgreSQL floor the overrides are kept on.
    private func overrideFloor() throws -> PostgresStore {
        try openPostgresFloor(dataPath: options.data) { "\($0) is a data directory: put override files in \($0)/\(folder.rawValue)/ instead" }
    }
}
