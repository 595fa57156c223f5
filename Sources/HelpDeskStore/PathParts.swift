/// Paths taken apart as text. Foundation's `NSString.deletingLastPathComponent`
/// traps on a path without a slash (swift-corelibs-foundation with Swift
/// 6.3), so `--data floor`, `report --html out.html` or `floor init floor`
/// crashed; every parent folder is worked out here instead.
public enum PathParts {
    /// The folder holding `path`, as `deletingLastPathComponent` means it:
    /// "" for a bare name, "/" for a name at the root, trailing slashes ignored.
    public static func parent(of path: String) -> String {
        let trimmed = trailingSlashesDropped(Substring(path))
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        if slash == trimmed.startIndex { return "/" }
        return String(trailingSlashesDropped(trimmed[..<slash]))
    }

    private static func trailingSlashesDropped(_ path: Substring) -> Substring {
        var path = path
        while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
        return path
    }
}
