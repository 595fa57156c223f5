import Foundation

/// A real Unix account for tests of who may do what: identity comes from the
/// kernel (the real uid), so a test that needs a second person creates one
/// with `useradd` (the tests and CI run as root) and removes it after.
public final class UnixAccount {
    public let name: String
    public let uid: uid_t
    public let gid: gid_t

    /// The account running the tests, as `getpwuid(getuid())` names it.
    public static var current: String {
        getpwuid(getuid()).map { String(cString: $0.pointee.pw_name) } ?? String(getuid())
    }

    /// Whether this process may create accounts (root, with `useradd`).
    public static var canCreate: Bool {
        getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/sbin/useradd")
    }

    /// Creates `hd` + `role` + a random suffix (no home, no login shell),
    /// also a member of `groups`.
    public init(_ role: String, groups: [String] = []) throws {
        name = "hd\(role.prefix(8))\(UUID().uuidString.prefix(6).lowercased())"
        var arguments = ["-M", "-s", "/usr/sbin/nologin", "-U"]
        if !groups.isEmpty { arguments += ["-G", groups.joined(separator: ",")] }
        try Self.sbin("useradd", arguments + [name])
        guard let entry = getpwnam(name) else { throw POSIXError(.ENOENT) }
        uid = entry.pointee.pw_uid
        gid = entry.pointee.pw_gid
    }

    /// Deletes the account and its own group.
    public func remove() {
        _ = try? Self.sbin("userdel", ["-f", name])
    }

    /// `argv` run as this account (real and effective uid and gid, its
    /// groups), with the environment otherwise unchanged.
    public func command(_ argv: [String]) -> [String] {
        ["/usr/bin/setpriv", "--reuid=\(uid)", "--regid=\(gid)", "--init-groups", "--"] + argv
    }

    /// The same, as one shell command line (for tmux).
    public func shellCommand(_ line: String) -> String {
        "/usr/bin/setpriv --reuid=\(uid) --regid=\(gid) --init-groups -- /bin/sh -c '\(line.replacingOccurrences(of: "'", with: "'\\''"))'"
    }

    /// Creates a Unix group for a test (`groupadd`), returning its name.
    public static func makeGroup(_ role: String) throws -> String {
        let name = "hd\(role.prefix(8))\(UUID().uuidString.prefix(6).lowercased())"
        try sbin("groupadd", [name])
        return name
    }

    public static func removeGroup(_ name: String) {
        _ = try? sbin("groupdel", [name])
    }

    private static func sbin(_ tool: String, _ arguments: [String]) throws {
        let (output, status) = try TestProcess("/usr/sbin/" + tool, arguments).finish()
        guard status == 0 else { throw AccountError(message: "\(tool) \(arguments.joined(separator: " ")) failed (\(status)): \(output)") }
    }
}

public struct AccountError: Error, CustomStringConvertible {
    public let message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
