import Foundation
import HelpDeskCore

/// The Unix account this process runs as, from the kernel: the real uid's
/// passwd entry. Never the environment (`$USER`, `$LOGNAME` are claims
/// anyone can set) and never the effective uid, which a set-id binary
/// changes. Every event records it, so the audit trail says who acted.
public enum OSUser {
    public static func current() -> String {
        let uid = getuid()
        if let entry = getpwuid(uid), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return String(uid)
    }
}

extension Identity {
    /// The person running this process, as the roster maps their account.
    public static func ofThisProcess(roster: Roster) -> Identity {
        Identity(account: OSUser.current(), roster: roster)
    }
}
