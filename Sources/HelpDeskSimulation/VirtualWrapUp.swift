import HelpDeskCore
/// How the simulator's virtual agents wrap up, so the demo's figures look
/// like a working floor's rather than a perfect one: about one call in
/// twelve is a silent line, and of the rest three in four are resolved on
/// the call — never one the first-contact rule speaks against. About one
/// caller in twelve makes a suggestion and as many give an opinion; the rest
/// are recorded as the domain presumes (complaint calls opinions, others needs).
public enum VirtualWrapUp {
    /// The wrap-up for `call`, from rolls in 0..<1 (silent line, resolved, kind of contact).
    public static func facts(for call: Call, in state: LiveState, codes: FloorCodes,
                             silentRoll: Double, resolvedRoll: Double, kindRoll: Double = 1) -> WrapUpFacts {
        let silent = codes.dispositions.codes.first { $0.silentLine }
        let answered = codes.dispositions.codes.first { !$0.silentLine } ?? codes.dispositions.codes[0]
        let disposition = silentRoll < 1.0 / 12 ? silent ?? answered : answered
        let against = FirstContact.reasonsAgainst(state, call: call.id, disposition: disposition)
        let kind: ContactKind? = kindRoll < 1.0 / 12 ? .suggestion : kindRoll < 2.0 / 12 ? .opinion : nil
        return WrapUpFacts(call: call.id, category: call.category ?? .inquiry, disposition: disposition.code,
                           notes: call.reason, resolved: against.isEmpty && resolvedRoll < 0.75, kind: kind)
    }
}
