import Foundation

/// A PostgreSQL server for the tests. `scripts/test` starts a private one
/// and passes its admin URI in `$HELPDESK_TEST_PG`; without it (a bare
/// `swift test`) the first test that needs one starts its own with
/// `scripts/postgres-private`, stopped when the test process exits. When
/// no server can start, `admin()` throws the reason, so those tests FAIL
/// saying why rather than being skipped.
public final class PostgresTestServer: @unchecked Sendable {
    public struct Unavailable: Error, CustomStringConvertible {
        public var description: String
    }

    /// The folder of a private server: its data, its socket, its log.
    public let folder: String
    /// The admin URI (the `postgres` role over the Unix socket).
    public let adminURI: String

    /// The scripts folder of this package.
    public static let scripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts").path

    private static let shared: Result<PostgresTestServer, Unavailable> = {
        if let given = ProcessInfo.processInfo.environment["HELPDESK_TEST_PG"], !given.isEmpty {
            return .success(PostgresTestServer(folder: "", adminURI: given))
        }
        do {
            let server = try PostgresTestServer.startPrivate()
            ownFolder = server.folder
            atexit {
                guard let folder = PostgresTestServer.ownFolder else { return }
                PostgresTestServer.stop(folder)
                try? FileManager.default.removeItem(atPath: folder)
            }
            return .success(server)
        } catch let error as Unavailable {
            return .failure(error)
        } catch {
            return .failure(Unavailable(description: "\(error)"))
        }
    }()
    nonisolated(unsafe) private static var ownFolder: String?

    private init(folder: String, adminURI: String) {
        self.folder = folder
        self.adminURI = adminURI
    }

    /// The shared server's admin URI, or the reason there is none.
    public static func admin() throws -> String { try shared.get().adminURI }

    /// A fresh, empty database on the shared server; its URI as `role`
    /// (the admin by default). Each test gets its own floor.
    public static func freshDatabase(role: String? = nil, password: String? = nil) throws -> String {
        let server = try shared.get()
        let name = "helpdesk_t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        try server.sql("CREATE DATABASE \(name)")
        return server.uri(database: name, role: role, password: password)
    }

    /// A server of a test's own, which it may stop and restart under its clients.
    public static func startPrivate() throws -> PostgresTestServer {
        let folder = NSTemporaryDirectory() + "helpdesk-pg-\(UUID().uuidString.prefix(8))"
        let (output, status) = try TestProcess("/bin/sh", ["-c", "'\(scripts)/postgres-private' start '\(folder)' 2>&1"], output: .file).finish()
        guard status == 0 else {
            throw Unavailable(description: "the test PostgreSQL server could not start: "
                              + output.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return PostgresTestServer(folder: folder, adminURI: output.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The URI of `database` on this server, as `role` (over TCP with a
    /// password when one is given, else over the Unix socket).
    public func uri(database: String, role: String? = nil, password: String? = nil) -> String {
        var parts = URLComponents(string: adminURI)!
        parts.path = "/" + database
        if let role { parts.user = role }
        if let password {
            parts.password = password
            let port = parts.queryItems?.first { $0.name == "port" }?.value ?? "5432"
            parts.queryItems = [URLQueryItem(name: "host", value: "127.0.0.1"), URLQueryItem(name: "port", value: port)]
        }
        return parts.string!
    }

    /// Runs SQL as the admin with psql; throws psql's message on failure.
    @discardableResult
    public func sql(_ statement: String, database: String = "postgres") throws -> String {
        let (output, status) = try TestProcess("/bin/sh", ["-c", "psql -X -q -t -A -v ON_ERROR_STOP=1 \"$U\" -c \"$S\" 2>&1"],
                                               environment: ["U": uri(database: database), "S": statement]).finish()
        guard status == 0 else { throw Unavailable(description: "psql: \(output)") }
        return output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The shared server itself, for SQL as its admin.
    public static func server() throws -> PostgresTestServer { try shared.get() }

    public func stop() { Self.stop(folder) }

    /// Stops the server as a power cut would (`pg_ctl stop -m immediate`):
    /// no checkpoint, so `restart` recovers what was committed from the WAL.
    public func crash() throws {
        let (output, status) = try TestProcess("/bin/sh", ["-c", "'\(Self.scripts)/postgres-private' crash '\(folder)' 2>&1"], output: .file).finish()
        guard status == 0 else { throw Unavailable(description: "crash failed: \(output)") }
    }

    public func restart() throws {
        let (output, status) = try TestProcess("/bin/sh", ["-c", "'\(Self.scripts)/postgres-private' restart '\(folder)' 2>&1"], output: .file).finish()
        guard status == 0 else { throw Unavailable(description: "restart failed: \(output)") }
    }

    private static func stop(_ folder: String) {
        _ = try? TestProcess("/bin/sh", ["-c", "'\(scripts)/postgres-private' stop '\(folder)' >/dev/null 2>&1"]).finish()
    }
}
