/// A complaint config file that does not say what it must, named down to the
/// field, so whoever edited `Resources/complaints/` can fix it at once.
public struct ComplaintConfigError: Error, Equatable, CustomStringConvertible, Sendable {
    public var file: String
    public var field: String
    public var reason: String

    public init(file: String, field: String, reason: String) {
        self.file = file
        self.field = field
        self.reason = reason
    }

    public var description: String {
        field.isEmpty ? "\(file): \(reason)" : "\(file): \(field): \(reason)"
    }
}

extension ComplaintConfigError {
    /// Turns a JSON decoding failure into a message with the path that failed.
    static func decoding(_ error: any Error, file: String) -> ComplaintConfigError {
        guard let error = error as? DecodingError else {
            return ComplaintConfigError(file: file, field: "", reason: "\(error)")
        }
        func path(_ keys: [any CodingKey]) -> String {
            keys.reduce(into: "") { text, key in
                if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
            }
        }
        switch error {
        case .keyNotFound(let key, let context):
            return ComplaintConfigError(file: file, field: path(context.codingPath + [key]), reason: "missing")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return ComplaintConfigError(file: file, field: path(context.codingPath), reason: context.debugDescription)
        case .dataCorrupted(let context):
            return ComplaintConfigError(file: file, field: path(context.codingPath), reason: context.debugDescription)
        @unknown default:
            return ComplaintConfigError(file: file, field: "", reason: "\(error)")
        }
    }
}
