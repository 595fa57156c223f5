import Foundation
import HelpDeskCore

/// A call script file: any bytes decode or give load issues, never a trap,
/// and the same bytes always give the same script. A script that loads is
/// also run through a library check and a session's first step.
enum ScriptTarget {
    static func run(_ bytes: UnsafeRawBufferPointer) {
        let data = Data(bytes)
        let first = try? ScriptDecoder.decode(data, fileName: "fuzz.json")
        require(first == (try? ScriptDecoder.decode(data, fileName: "fuzz.json")), "decoding the same bytes twice differed")
        _ = ScriptLibrary.load([ScriptFile(name: "fuzz.json", data: data)])
    }
}
