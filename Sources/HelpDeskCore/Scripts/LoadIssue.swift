/// One problem found while loading a script or a phrase-rule file. A lead edits
/// these files by hand, so every problem names the file, the step (or rule) and
/// the field, and loading reports all of them at once rather than the first.
public struct LoadIssue: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file name as given to the decoder ("silent-line.json").
    public var file: String
    /// The step id (scripts) or rule id (phrases) the problem is in, if any.
    public var item: String?
    /// The field path inside the file or item, e.g. "say.ko" or "branches[1].to".
    public var field: String
    public var message: String

    public init(file: String, item: String? = nil, field: String, message: String) {
        self.file = file
        self.item = item
        self.field = field
        self.message = message
    }

    public var description: String {
        var text = file
        if let item { text += ": \"\(item)\"" }
        if !field.isEmpty { text += ": \(field)" }
        return text + ": " + message
    }
}

/// Every problem found in one file; thrown by the decoders so callers can
/// print them all.
public struct LoadIssues: Error, Sendable, Equatable, CustomStringConvertible {
    public var issues: [LoadIssue]
    public init(_ issues: [LoadIssue]) { self.issues = issues }
    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
