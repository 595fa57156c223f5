import Foundation

/// inotify on `journal/`: the kernel wakes a reader the moment another
/// process appends a line or starts a segment, so the live feed needs no
/// timer. One descriptor per store, made on first use; a user has 128
/// inotify instances by default, so the store copes without one.
final class ChangeWatcher {
    let descriptor: Int32

    /// Watches the directory already open as `directory`: through its
    /// `/proc/self/fd` entry, so the watch lands on the directory the store
    /// holds, even if its path has been swapped for a link since.
    init(directory: FloorDirectory) throws {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { throw StoreError.io(operation: "watch (inotify_init1)", file: directory.path, errno: errno) }
        let mask = UInt32(IN_MODIFY | IN_CREATE | IN_MOVED_TO | IN_ONLYDIR)
        guard inotify_add_watch(fd, "/proc/self/fd/\(directory.descriptor)", mask) >= 0 else {
            let code = errno
            close(fd)
            throw StoreError.io(operation: "watch (inotify_add_watch)", file: directory.path, errno: code)
        }
        descriptor = fd
    }

    deinit { close(descriptor) }

    /// Reads and discards pending notifications. Done *before* reading the
    /// journal, so a change landing after the read still wakes the next poll.
    func drain() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while buffer.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, $0.count) }) > 0 {}
    }

    /// Queues one notification now, for changes that arrived before the
    /// watch existed: a private temporary file is watched, written once and
    /// removed, so no other process sees anything.
    func nudge() {
        // Close-on-exec, so a child spawned meanwhile does not inherit it.
        let path = NSTemporaryDirectory() + "helpdesk-nudge-\(UUID().uuidString)"
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        defer {
            close(fd)
            unlink(path)
        }
        guard inotify_add_watch(descriptor, path, UInt32(IN_MODIFY)) >= 0 else { return }
        _ = write(fd, "!", 1)
    }

    /// Blocks until a notification is pending or the timeout passes.
    func wait(timeout: Duration) -> Bool {
        let (seconds, attoseconds) = timeout.components
        let millis = max(0, seconds * 1000 + attoseconds / 1_000_000_000_000_000)
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        while true {
            let n = poll(&entry, 1, Int32(clamping: millis))
            if n < 0, errno == EINTR { continue }
            return n > 0
        }
    }
}
