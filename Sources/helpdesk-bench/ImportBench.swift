import Foundation
import HelpDeskCore

/// `dispatches import` of a 100,000-row sheet (target: well under a
/// second; it took about 40 s when each row searched the whole file and
/// the reader built strings a character at a time; about 2 s while the
/// checks went through Unicode property look-ups and Foundation's trimming,
/// and the file through JSONEncoder/JSONDecoder). Times the steps the
/// command takes in this process, then, when the release `helpdesk` sits
/// beside this binary, the whole command twice: into an empty data
/// directory and over the file the first run left.
func runImportBench(rows: Int) throws -> String {
    let scratch = try ScratchRoot()
    defer { scratch.remove() }
    var sheet = "branch,month,dispatches\n"
    for i in 0..<rows { sheet += "分部\(i % 5_000),\(2000 + i / 5_000 % 100)-\(i % 12 < 9 ? "0" : "")\(i % 12 + 1),\(1 + i * 7919 % 99_999)\n" }
    var lines: [String] = []
    let (volumes, parse) = try timed { try DispatchVolumes.parseCSV(sheet) }
    let (merged, merge) = timed { DispatchVolumes(volumes: volumes) }
    let (bytes, encode) = timed { DispatchFileCoding.encode(merged) }
    let (_, decode) = try timed { try DispatchFileCoding.decode(bytes) }
    lines.append(String(format: "dispatches import, %d rows in process: parse %.0f ms, merge %.0f ms, encode %.0f ms, read back %.0f ms",
                        rows, parse * 1e3, merge * 1e3, encode * 1e3, decode * 1e3))

    let helpdesk = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("helpdesk").path
    guard FileManager.default.isExecutableFile(atPath: helpdesk) else {
        return (lines + ["dispatches import, whole command: no helpdesk beside this binary (swift build -c release first)"])
            .joined(separator: "\n")
    }
    let file = scratch.fresh("sheet.csv"), data = scratch.fresh("floor")
    try sheet.write(toFile: file, atomically: false, encoding: .utf8)
    try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: false)
    try makeBenchUserLead(ofFloor: data)   // only a lead may import
    for run in ["into an empty floor", "over the same rows"] {
        let (status, seconds) = try timed { try runCommand(helpdesk, ["dispatches", "import", "--data", data, file]) }
        lines.append(String(format: "dispatches import, %d rows, whole command %@: %.0f ms (target well under 1000 ms)%@",
                            rows, run, seconds * 1e3, status == 0 ? "" : " [exit \(status)]"))
    }
    return lines.joined(separator: "\n")
}

/// The value `body` returns and the seconds it took.
private func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = ContinuousClock.now
    let value = try body()
    let elapsed = ContinuousClock.now - start
    return (value, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
}

/// Runs a program to its end, its output discarded; returns the exit status.
private func runCommand(_ path: String, _ arguments: [String]) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
}
