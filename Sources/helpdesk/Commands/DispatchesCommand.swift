import ArgumentParser
import Foundation
import HelpDeskCore
import HelpDeskStore

/// `helpdesk dispatches`: the dispatch volumes per branch and month that the
/// branch report divides by, kept in `dispatches.json` in the data directory.
struct DispatchesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dispatches",
        abstract: "Record how many service jobs each branch dispatched per month (for complaints per 10,000 dispatches).",
        subcommands: [Import.self, Add.self, List.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a CSV sheet with the columns branch,month,dispatches (2026-09); same branch and month replace.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The CSV file (UTF-8, a byte-order mark is fine).") var file: String

        func run() throws {
            try reportingFailures {
                try store.requireLead(to: "record dispatch volumes")
                guard let bytes = FileManager.default.contents(atPath: file) else {
                    throw CLIFailure(message: "cannot read \(file)", code: .storeUnavailable)
                }
                let volumes = try DispatchVolumes.parseCSV(String(decoding: bytes, as: UTF8.self))
                try DispatchFile(dataPath: store.data).update { file in volumes.forEach { file.set($0) } }
                print("imported \(volumes.count) volume\(volumes.count == 1 ? "" : "s")")
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set one branch's dispatches for one month.")
        @OptionGroup var store: StoreOptions
        @Option(help: "The branch, as complaints name it.") var branch: String
        @Option(help: "The month, like 2026-09.") var month: String
        @Option(help: "How many jobs were dispatched.") var count: String

        func run() throws {
            try reportingFailures {
                try store.requireLead(to: "record dispatch volumes")
                let volume = try DispatchVolumes.validated(branch: branch, month: month, dispatches: count)
                try DispatchFile(dataPath: store.data).update { $0.set(volume) }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the dispatch volumes on file.")
        @OptionGroup var store: StoreOptions
        @Flag(help: "Print JSON instead of a table.") var json = false

        func run() throws {
            try reportingFailures {
                let volumes = try DispatchFile(dataPath: store.data).read()
                if json { return try printJSON(volumes, pretty: true) }
                let table = ReportTable(
                    columns: [ReportColumn("Branch", numeric: false), ReportColumn("Month", numeric: false),
                              ReportColumn("Dispatches")],
                    rows: volumes.volumes.map { [$0.branch, $0.month, String($0.dispatches)] })
                print(TextReportRenderer.table(table), terminator: "")
            }
        }
    }
}

/// `dispatches.json` in the data directory. Changes happen under the data
/// directory's lock (the one every journal append takes) and replace the
/// file atomically: temporary file, fsync, rename, fsync of the directory.
struct DispatchFile {
    let directory: String
    var path: String { directory + "/dispatches.json" }

    init(dataPath: String?) {
        directory = dataDirectoryPath(dataPath)
    }

    func read() throws -> DispatchVolumes {
        guard let bytes = FileManager.default.contents(atPath: path) else { return DispatchVolumes() }
        do {
            return try JournalCoding.decoder().decode(DispatchVolumes.self, from: bytes)
        } catch {
            throw CLIFailure(message: "\(path) is damaged (\(error)); fix or remove it and import again", code: .storeUnavailable)
        }
    }

    func update(_ change: (inout DispatchVolumes) throws -> Void) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CLIFailure(message: "no data directory at \(directory)", code: .storeUnavailable)
        }
        let lock = open(directory + "/lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o660)
        guard lock >= 0 else { throw CLIFailure(message: "cannot open \(directory)/lock: \(errnoText())", code: .storeUnavailable) }
        defer { close(lock) }
        while flock(lock, LOCK_EX) != 0 {
            guard errno == EINTR else { throw CLIFailure(message: "cannot lock \(directory): \(errnoText())", code: .storeUnavailable) }
        }
        var volumes = try read()
        try change(&volumes)
        try writeAtomically(try JournalCoding.encoder(pretty: true).encode(volumes), to: path)
    }
}

/// Replaces `path` so that a crash leaves the old file or the new one, never
/// half: a temporary file in the same directory, fsync, rename, fsync of the
/// directory. The new file takes the directory's permissions for reading and
/// writing (a floor shared by a group keeps it shared).
func writeAtomically(_ data: Data, to path: String) throws {
    let directory = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
    var info = stat()
    let mode = stat(directory, &info) == 0 ? mode_t(info.st_mode & 0o666) : 0o644
    let temporary = "\(path).tmp-\(getpid())"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
    guard fd >= 0 else { throw CLIFailure(message: "cannot create \(temporary): \(errnoText())", code: .storeUnavailable) }
    var failure: String?
    data.withUnsafeBytes { raw in
        var done = 0
        while done < raw.count {
            let n = write(fd, raw.baseAddress! + done, raw.count - done)
            if n < 0 { if errno == EINTR { continue }; failure = errnoText(); return }
            done += n
        }
    }
    if failure == nil, fsync(fd) != 0 { failure = errnoText() }
    close(fd)
    if let failure {
        unlink(temporary)
        throw CLIFailure(message: "cannot write \(path): \(failure)", code: .storeUnavailable)
    }
    guard rename(temporary, path) == 0 else {
        let text = errnoText()
        unlink(temporary)
        throw CLIFailure(message: "cannot replace \(path): \(text)", code: .storeUnavailable)
    }
    let dirFD = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if dirFD >= 0 { fsync(dirFD); close(dirFD) }
}

private func errnoText() -> String { String(cString: strerror(errno)) }
