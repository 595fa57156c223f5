import Foundation

/// A writer killed like a power cut: a shell loop of `helpdesk ring` on a
/// floor (a data directory or a URI) that prints each id once `ring` has
/// returned (acknowledged), killed with SIGKILL at a random moment after its
/// first acknowledgement, so a loaded machine, where starting a process alone
/// can take most of a second, still kills it mid-stream.
public enum KilledWriter {
    /// One such life; the ids it acknowledged, and whether it was the kill
    /// that stopped it (not an error of its own, shown in `output`).
    public static func run(round: Int, floor: String) throws -> (acked: [String], killed: Bool, output: String) {
        let started = NSTemporaryDirectory() + "helpdesk-acked-\(UUID().uuidString)"
        let child = try TestProcess(script: """
            while :; do
              id=$(\(HelpdeskBinary.quoted) --data "$D" ring --name "round \(round)" --phone "\(round)") || exit 12
              echo "$id"
              [ -e "$A" ] || : > "$A"
            done
            """, environment: ["D": floor, "A": started])
        let deadline = Date().addingTimeInterval(30)
        while access(started, F_OK) != 0, Date() < deadline { usleep(10_000) }
        unlink(started)
        usleep(UInt32.random(in: 0...300_000))
        child.killGroup()
        let (output, status) = child.finish()
        return (output.split(separator: "\n").map(String.init), status == -1, output)
    }
}
