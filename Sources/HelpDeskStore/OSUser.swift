import Foundation

/// The Unix account this process runs as: every event records it, so the
/// audit trail says who acted even when an agent number was borrowed.
enum OSUser {
    static func current() -> String {
        let uid = geteuid()
        if let entry = getpwuid(uid), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return String(uid)
    }
}
