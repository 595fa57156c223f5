import TermRender

/// One labelled field of a form: free text (single or multi-line), a choice
/// from a list, or a yes/no toggle. The error is shown at the field.
public struct FormField: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case text(TextEditor)
        case choice(options: [String], selected: Int)
        case toggle(Bool)
    }

    public var id: String
    public var label: String
    public var kind: Kind
    public var error: String?
    /// Rows a multi-line field takes on screen.
    public var rows: Int
    /// Stretches of a text field's value (character ranges) drawn marked:
    /// the phrase guard's hits.
    public var marks: [Range<Int>] = []
    /// A line shown under the value while set: the alternative to a marked phrase.
    public var hint: String?

    public init(id: String, label: String, kind: Kind, rows: Int = 1) {
        self.id = id
        self.label = label
        self.kind = kind
        self.rows = rows
    }

    /// The field's value as text: the typed text, the chosen option's
    /// index, or "yes"/"no".
    public var value: String {
        switch kind {
        case .text(let editor): editor.text
        case .choice(_, let selected): String(selected)
        case .toggle(let on): on ? "yes" : "no"
        }
    }
}

/// What a key did to a form, for the screen that owns it.
public enum FormOutcome: Equatable, Sendable {
    /// The key was not for the form (the owner may use it).
    case ignored
    /// Focus or cursor moved; nothing to save.
    case moved
    /// A value changed: a draft should be written.
    case edited
    case submit
    /// Esc: leave the form, keeping what was typed.
    case leave
}

/// A keyboard form: Tab / Shift-Tab (and ↑/↓ at a field's edge) move
/// between fields, ←/→ or Space change a choice or toggle, a digit picks
/// the choice labelled with it, Ctrl-S or F10 submits, Esc leaves.
public struct Form: Hashable, Sendable {
    public var fields: [FormField]
    public var focus: Int = 0

    public init(fields: [FormField]) { self.fields = fields }

    public subscript(id: String) -> FormField? {
        get { fields.first { $0.id == id } }
        set {
            guard let i = fields.firstIndex(where: { $0.id == id }), let newValue else { return }
            fields[i] = newValue
        }
    }

    public func text(_ id: String) -> String {
        if case .text(let editor)? = self[id]?.kind { return editor.text }
        return ""
    }

    public func choice(_ id: String) -> Int {
        if case .choice(_, let selected)? = self[id]?.kind { return selected }
        return 0
    }

    public func toggle(_ id: String) -> Bool {
        if case .toggle(let on)? = self[id]?.kind { return on }
        return false
    }

    public mutating func setError(_ id: String, _ message: String?) {
        self[id]?.error = message
    }

    public mutating func clearErrors() {
        for i in fields.indices { fields[i].error = nil }
    }

    /// Applies a key for a form whose text fields are `width` columns wide.
    public mutating func handle(_ key: Key, fieldWidth width: Int) -> FormOutcome {
        switch key {
        case .ctrl("s"), .function(10): return .submit
        case .escape: return .leave
        case .tab: move(1); return .moved
        case .backTab: move(-1); return .moved
        default: break
        }
        guard fields.indices.contains(focus) else { return .ignored }
        switch fields[focus].kind {
        case .text(var editor):
            let before = editor.text
            if editor.handle(key, width: width) {
                fields[focus].kind = .text(editor)
                if editor.text != before { fields[focus].error = nil; return .edited }
                return .moved
            }
            switch key {
            case .enter, .down: move(1); return .moved
            case .up: move(-1); return .moved
            default: return .ignored
            }
        case .choice(let options, var selected):
            switch key {
            case .left, .char("h"): selected = (selected + options.count - 1) % options.count
            case .right, .char("l"), .char(" "): selected = (selected + 1) % options.count
            case .enter, .down, .char("j"): move(1); return .moved
            case .up, .char("k"): move(-1); return .moved
            case .char(let c) where c.isWholeNumber:
                // A digit picks the option labelled with it ("3 Repair booked", or "3").
                guard let numbered = options.firstIndex(where: { $0 == String(c) || $0.hasPrefix("\(c) ") }) else { return .ignored }
                selected = numbered
            default: return .ignored
            }
            fields[focus].kind = .choice(options: options, selected: selected)
            fields[focus].error = nil
            return .edited
        case .toggle(let on):
            switch key {
            case .char(" "), .left, .right, .char("y"), .char("n"):
                let next = key == .char("y") ? true : key == .char("n") ? false : !on
                fields[focus].kind = .toggle(next)
                return .edited
            case .enter, .down, .char("j"): move(1); return .moved
            case .up, .char("k"): move(-1); return .moved
            default: return .ignored
            }
        }
    }

    private mutating func move(_ step: Int) {
        guard !fields.isEmpty else { return }
        focus = (focus + step + fields.count) % fields.count
    }
}
