import Foundation

// The libFuzzer entry point of helpdesk-fuzz. One binary holds every
// target; $FUZZ_TARGET picks the one a run exercises (scripts/fuzz sets it).
// A target checks its properties with `require`: a broken property aborts,
// and libFuzzer keeps the input that did it, as it does for any crash.

/// The targets by name, as scripts/fuzz and Tests/Fuzz/corpus/ name them.
let targets: [String: (UnsafeRawBufferPointer) -> Void] = [
    "journal-line": JournalLineTarget.run,
    "snapshot": SnapshotTarget.run,
    "roster": RosterTarget.run,
    "script": ScriptTarget.run,
    "phrase-rules": PhraseRulesTarget.run,
    "calendar": CalendarTarget.run,
    "csv": CSVTarget.run,
    "phrase-guard": PhraseGuardTarget.run,
    "sanitize": SanitizeTarget.run,
]

let selected: (UnsafeRawBufferPointer) -> Void = {
    let name = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? ""
    guard let target = targets[name] else {
        FileHandle.standardError.write(Data("helpdesk-fuzz: set FUZZ_TARGET to one of \(targets.keys.sorted().joined(separator: ", "))\n".utf8))
        exit(2)
    }
    return target
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    selected(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}

/// A property every input must keep; when one does not, say which and abort.
func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    guard !condition else { return }
    FileHandle.standardError.write(Data("helpdesk-fuzz: property broken: \(message())\n".utf8))
    abort()
}

/// The input as text, invalid UTF-8 replaced, as files and the terminal give it.
func text(_ bytes: UnsafeRawBufferPointer) -> String { String(decoding: bytes, as: UTF8.self) }
