import CNcursesW

/// Selects a UTF-8 locale for the whole process before ncurses starts.
///
/// ncurses measures and encodes wide characters through the C library's
/// locale: under "C" or a Latin-1 locale a Chinese name is drawn as bytes of
/// garbage and two-column characters count as one. The user's own locale
/// wins when it is UTF-8; otherwise the C.UTF-8 variants every glibc ships
/// are tried; if none exists the console refuses to start rather than draw
/// wrong text.
enum UTF8Locale {
    static let fallbacks = ["C.UTF-8", "C.utf8", "en_US.UTF-8"]

    /// Sets the locale; returns the name in effect, or throws.
    @discardableResult
    static func activate() throws -> String {
        if let name = setlocale(LC_ALL, ""), hd_locale_is_utf8() != 0 {
            return String(cString: name)
        }
        for candidate in fallbacks {
            if setlocale(LC_ALL, candidate) != nil, hd_locale_is_utf8() != 0 {
                return candidate
            }
        }
        throw TerminalError.noUTF8Locale(tried: fallbacks)
    }
}
