import Foundation

/// inotify on `journal/`: the kernel wakes a reader the moment another
/// process appends a line or starts a segment, so the live feed needs no
/// timer. One descriptor per store, made when it opens; a user has 128
/// inotify instances by default, so the store copes without one.
final class ChangeWatcher {
    let descriptor: Int32

    init(directory: String) throws {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { throw StoreError.io(operation: "watch (inotify_init1)", file: directory, errno: errno) }
        let mask = UInt32(IN_MODIFY | IN_CREATE | IN_MOVED_TO)
        guard inotify_add_watch(fd, directory, mask) >= 0 else {
            let code = errno
            close(fd)
            throw StoreError.io(operation: "watch (inotify_add_watch)", file: directory, errno: code)
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
