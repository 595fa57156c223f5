import CNcursesW
import TermRender

/// Translates what `get_wch` returns into `Key`s, so nothing above this
/// module sees an ncurses key code.
enum KeyTranslation {
    /// The key for a character `get_wch` returned with `OK`; nil for
    /// control characters that mean nothing to the UI. Ctrl-C is not here:
    /// the terminal reports it as SIGINT (see `NcursesTerminal.nextEvent`).
    static func key(forCharacter value: UInt32) -> Key? {
        switch value {
        case 0x1B: return .escape
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x08, 0x7F: return .backspace
        case 0x01...0x1A:
            return .ctrl(Character(Unicode.Scalar(UInt8(value) + 0x60)))
        case 0x00...0x1F, 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .char(Character(scalar))
        }
    }

    /// ncurses function-key codes and the keys they stand for; read in
    /// both directions (tests inject keys by code through `inject(_:)`).
    static let functionKeys: [(code: Int32, key: Key)] = [
        (hd_key_up(), .up), (hd_key_down(), .down), (hd_key_left(), .left), (hd_key_right(), .right),
        (hd_key_home(), .home), (hd_key_end(), .end), (hd_key_ppage(), .pageUp), (hd_key_npage(), .pageDown),
        (hd_key_dc(), .delete), (hd_key_ic(), .insert), (hd_key_backspace(), .backspace),
        (hd_key_enter(), .enter), (hd_key_btab(), .backTab),
    ] + (1...12).map { (hd_key_f(Int32($0)), Key.function($0)) }

    /// The key for a function-key code `get_wch` returned with
    /// `KEY_CODE_YES`; nil for codes the UI has no use for. Resize and mouse
    /// need the terminal's state and are handled by the caller.
    static func key(forKeyCode code: Int32) -> Key? {
        functionKeys.first { $0.code == code }?.key
    }

    /// The ncurses code of a function key, for pushing it back as input.
    static func code(for key: Key) -> Int32? {
        functionKeys.first { $0.key == key }?.code
    }
}
