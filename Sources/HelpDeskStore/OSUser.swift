import Foundation
import HelpDeskCore

/// The Unix account this process runs as, from the kernel: the real uid's
/// passwd entry. Never the environment (`$USER`, `$LOGNAME` are claims
/// anyone can set) and never the effective uid, which a set-id binary
/// changes. Every event records it, so the audit trail says who acted.
public enum OSUser {
    /// Looked up once: the real uid does not change while the program runs
    /// (it never calls `setuid`), and a PBX hook asks twice (who acts, and
    /// the journal's stamp), each a read of the passwd database.
    private static let account: String = {
        let uid = getuid()
        if let entry = getpwuid(uid), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return String(uid)
    }()

    public static func current() -> String { account }
}

extension Identity {
    /// The person running this process, as the roster maps their account.
    public static func ofThisProcess(roster: Roster) -> Identity {
        Identity(account: OSUser.current(), roster: roster)
    }
}
