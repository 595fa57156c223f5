import ColumnWidth
import Foundation
import HelpDeskCore
import TermRender

/// Masks what identifies a caller, for a screen anyone walking by can read:
/// a name keeps its surname or its first letter (张伟 → 张**, Emma Watson → E**),
/// a phone number keeps its ends (13812345678 → 138****5678). Pure, so the
/// rules are tested on their own and every wallboard string goes through them.
public enum CallerMask {
    /// The name with all but its surname (or first letter) replaced by `**`.
    /// A given surname is kept only when it starts the name and is at most
    /// half of it, so a surname field cannot be used to reveal the whole name.
    ///
    /// Every script gives away the same share: one character of a Chinese or
    /// Korean name is its surname, one of a few hundred common ones; so a
    /// Latin name with no known surname keeps one letter too. Three letters
    /// of a Latin first word are often a whole given name (Ann, Bob, Li).
    public static func name(_ name: String, surname: String? = nil) -> String {
        let clean = sanitize(name).trimmingCharacters(in: .whitespaces)
        guard !clean.isEmpty else { return "" }
        let letters = Array(clean)
        if let surname = surname.map({ sanitize($0).trimmingCharacters(in: .whitespaces) }), !surname.isEmpty,
           clean.hasPrefix(surname), surname.count * 2 <= letters.count {
            return surname + "**"
        }
        return String(letters[0]) + "**"
    }

    /// The number with its middle replaced by `*`, one per character, so the
    /// shape stays recognisable: 11 or more characters keep 3 in front and 4
    /// at the end, 8–10 keep the last 4, 5–7 the last 2, shorter ones none.
    public static func phone(_ phone: String) -> String {
        let clean = Array(sanitize(phone).filter { !$0.isWhitespace })
        let n = clean.count
        let front = n >= 11 ? 3 : 0
        let back = n >= 8 ? 4 : n >= 5 ? 2 : 0
        return String(clean.prefix(front)) + String(repeating: "*", count: n - front - back) + String(clean.suffix(back))
    }
}

/// Whether the wallboard shows callers masked (the default) or as given
/// (`--unmasked`, an explicit choice of the lead who starts it).
public enum CallerPrivacy: Sendable, Equatable {
    case masked, unmasked

    /// The caller's name as this wallboard may show it.
    public func name(_ customer: Customer) -> String {
        self == .masked ? CallerMask.name(customer.name, surname: customer.surname) : customer.name
    }

    /// The caller's phone number as this wallboard may show it.
    public func phone(_ customer: Customer) -> String {
        self == .masked ? CallerMask.phone(customer.phone) : customer.phone
    }
}
