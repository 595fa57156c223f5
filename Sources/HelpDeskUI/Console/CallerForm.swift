import HelpDeskCore
import TermRender

/// The small form an agent opens with one key (m or F7) once the caller's
/// name is known: surname and form of address (先生 / 女士 / 小姐, 고객님 …,
/// Mr / Ms …), saved to the customer's record so the next call greets them
/// right; and the product and appointment the script speaks of, typed once
/// for this call. Opened again, it shows what is known, to correct it.
public struct CallerForm: Hashable, Sendable {
    public var form: Form
    public let call: String
    let honorifics: [String]

    init(call: Call, product: String?, appointment: String?, text: UIText) {
        self.call = call.id
        let customer = call.customer
        honorifics = Honorifics.options(first: customer.language ?? text.language)
        let labels = text.caller
        form = Form(fields: [
            FormField(id: "surname", label: labels.surname, kind: .text(TextEditor(customer.surname ?? "", maxLength: 20))),
            FormField(id: "honorific", label: labels.honorific,
                      kind: .choice(options: honorifics, selected: customer.honorific.flatMap(honorifics.firstIndex(of:)) ?? 0)),
            FormField(id: "product", label: labels.product, kind: .text(TextEditor(product ?? "", maxLength: 60))),
            FormField(id: "appointment", label: labels.appointment, kind: .text(TextEditor(appointment ?? "", maxLength: 60))),
        ])
    }

    public var surname: String { form.text("surname").trimmingCharacters(in: .whitespaces) }
    public var honorific: String { honorifics[form.choice("honorific")] }

    /// A typed value for a script placeholder, nil when left blank.
    func typed(_ field: String) -> String? {
        let value = form.text(field).trimmingCharacters(in: .whitespaces)
        return value.isEmpty ? nil : value
    }
}

extension ConsoleModel {
    /// Opens the caller form for the call in hand.
    mutating func openCallerForm() {
        guard let call = callInHand else {
            message = (text.noCall, true)
            return
        }
        let context = scriptContext
        overlay = .caller(CallerForm(call: call, product: context.product, appointment: context.appointment, text: text))
    }

    /// Keys while the caller form is open: Ctrl-S / F10 saves, Esc closes.
    mutating func handleCallerForm(_ key: Key, _ details: CallerForm) -> [ConsoleEffect] {
        var details = details
        switch details.form.handle(key, fieldWidth: 40) {
        case .leave:
            overlay = nil
            return []
        case .submit:
            return submit(details)
        default:
            overlay = .caller(details)
            return []
        }
    }

    /// Keeps the product and appointment for this call's script, and asks
    /// the floor to record the name when it is new or corrected.
    private mutating func submit(_ details: CallerForm) -> [ConsoleEffect] {
        var details = details
        let customer = callInHand?.customer
        if details.surname.isEmpty && (details.typed("product") == nil && details.typed("appointment") == nil || customer?.surname != nil) {
            details.form.setError("surname", text.caller.surnameNeeded)
            overlay = .caller(details)
            return []
        }
        overlay = nil
        callScript?.typed[.product] = details.typed("product")
        callScript?.typed[.appointment] = details.typed("appointment")
        guard !details.surname.isEmpty, details.surname != customer?.surname || details.honorific != customer?.honorific else { return [] }
        return [.nameCaller(call: details.call, surname: details.surname, honorific: details.honorific)]
    }
}
