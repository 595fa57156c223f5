/// Why the terminal could not be opened.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// No UTF-8 locale exists, so CJK text cannot be drawn correctly.
    case noUTF8Locale(tried: [String])
    /// ncurses could not start on this terminal type.
    case cannotStart(term: String)
    /// A system call failed while setting up.
    case system(call: String, errno: Int32)

    public var description: String {
        switch self {
        case .noUTF8Locale(let tried):
            return "no UTF-8 locale is available (tried the environment's locale and \(tried.joined(separator: ", "))); "
                + "install one (e.g. `locales` with C.UTF-8) or set LANG to a UTF-8 locale"
        case .cannotStart(let term):
            return "cannot start the terminal: ncurses does not know TERM=\(term.isEmpty ? "(unset)" : term)"
        case .system(let call, let errno):
            return "\(call) failed (errno \(errno))"
        }
    }
}
