import Foundation

/// A file the user names on the command line (a sheet to import, an
/// override, a corpus, a text to lint): read with the user's own rights,
/// never the floor's group (`LockedFloor.asUser`), and only when it is a
/// regular file, so a FIFO cannot hang the command. Otherwise `refusal`
/// gets one line naming the file and why.
enum UserFile {
    static func contents(_ path: String, refusal: (String) -> any Error) throws -> Data {
        try LockedFloor.asUser {
            let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
            guard fd >= 0 else { throw refusal("cannot read \(path): \(String(cString: strerror(errno)))") }
            let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
            var info = stat()
            guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
                throw refusal("cannot read \(path): it is not a regular file")
            }
            do { return try handle.readToEnd() ?? Data() } catch { throw refusal("cannot read \(path): \(error.localizedDescription)") }
        }
    }
}
