import Foundation
import HelpDeskCore

/// Liveness without heartbeat events. The process speaking for an agent (a
/// console, the demo's virtual agents) holds an open-file-description write
/// lock on `presence/AGENT` for as long as it lives; the kernel drops it when
/// the process ends, however it ends (SIGKILL, a dropped ssh session, a
/// crash). Others test the lock with `F_OFD_GETLK`, which takes nothing, so
/// a check never gets in the holder's way. The holder touches the file every
/// few seconds: its modification time is when the agent was last seen.
final class PresenceLock: PresenceHold, @unchecked Sendable {
    /// Linux's open-file-description lock commands (not exported by Glibc's module).
    static let getLock: Int32 = 36, setLock: Int32 = 37

    let previous: AgentPresence
    private let mutex = NSLock()
    private var fd: Int32

    init(fd: Int32, previous: AgentPresence) {
        self.fd = fd
        self.previous = previous
    }

    deinit { release() }

    func touch() {
        mutex.withLock { if fd >= 0 { _ = futimens(fd, nil) } }
    }

    func release() {
        mutex.withLock {
            if fd >= 0 { close(fd) }
            fd = -1
        }
    }

    static func wholeFile(_ type: Int32) -> flock {
        var range = flock()
        range.l_type = Int16(type)
        range.l_whence = Int16(SEEK_SET)
        return range
    }
}

extension DataDirectoryStore {
    /// Signs this process on as the voice of `agent`: takes the agent's
    /// presence lock, or refuses when another live process holds it.
    public func holdPresence(agent: String) throws -> any PresenceHold {
        let previous = presence(of: agent)
        let directory = try layout.root.subdirectory(DataDirectoryLayout.presence, create: true)!
        let name = DataDirectoryLayout.presenceName(agent: agent)
        let fd = try directory.openOrCreate(name, flags: O_RDWR).fd
        var range = PresenceLock.wholeFile(F_WRLCK)
        guard fcntl(fd, PresenceLock.setLock, &range) == 0 else {
            let code = errno
            close(fd)
            if code == EAGAIN || code == EACCES { throw StoreError.alreadySignedOn(agent: agent) }
            throw StoreError.io(operation: "lock", file: directory.file(name), errno: code)
        }
        let lock = PresenceLock(fd: fd, previous: previous)
        lock.touch()
        return lock
    }

    /// Whether a live process speaks for `agent`, and if one did and is
    /// gone, when it was last seen. Opened through the floor's directory
    /// (no link followed, the file checked), tested and closed: no lock taken.
    public func presence(of agent: String) -> AgentPresence {
        let folder = presenceFolder.withLock { folder in
            if folder == nil { folder = try? layout.root.subdirectory(DataDirectoryLayout.presence, create: false) }
            return folder
        }
        guard let directory = folder,
              let fd = try? directory.open(DataDirectoryLayout.presenceName(agent: agent), flags: O_RDONLY)
        else { return .untracked }
        defer { close(fd) }
        var range = PresenceLock.wholeFile(F_WRLCK)
        var info = stat()
        guard fcntl(fd, PresenceLock.getLock, &range) == 0, fstat(fd, &info) == 0 else { return .untracked }
        if range.l_type != Int16(F_UNLCK) { return .held }
        let seen = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
        return .gone(lastSeen: Self.asStored(Date(timeIntervalSince1970: seen)))
    }
}
