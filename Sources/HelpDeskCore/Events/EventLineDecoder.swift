import Foundation

/// Decodes journal lines fast enough for a month report over a million
/// events. `JSONDecoder` costs several microseconds a line here; most lines
/// are a handful of call events with flat, well-known shapes, so those are
/// read straight from the bytes. Anything else — another event type, a key
/// this reader does not know (a field added later), an escape it does not
/// handle, a value of an unexpected kind — goes to `JSONDecoder`, so the
/// result is always exactly what `JSONDecoder` gives (tests compare both on
/// every sample line) and errors are its errors.
public struct EventLineDecoder: Sendable {
    private let fallback = JournalCoding.decoder()

    public init() {}

    public func decode(_ line: Data) throws -> Event {
        try line.withUnsafeBytes { try decode($0) }
    }

    /// Decodes one line given as raw bytes (no newline), copying nothing on the fast path.
    public func decode(_ line: UnsafeRawBufferPointer) throws -> Event {
        if let event = Self.fast(line.bindMemory(to: UInt8.self)) { return event }
        return try fallback.decode(Event.self, from: Data(line))
    }

    /// The keys a fast-path line may have: the envelope, then the payload
    /// fields of the event types read here, by position (a bit each).
    private static let keys: [StaticString] = [
        "v", "seq", "at", "agent", "user", "type",                                          // 0–5: the envelope
        "call", "category", "disposition", "notes", "resolved", "answer", "reason",          // 6–12
        "script", "step", "action", "rule", "language", "field", "name", "role", "status",   // 13–21
        "kind",                                                                              // 22
    ]
    private enum K {
        static let v = 0, seq = 1, at = 2, agent = 3, user = 4, type = 5, call = 6, category = 7, disposition = 8
        static let notes = 9, resolved = 10, answer = 11, reason = 12, script = 13, step = 14, action = 15, rule = 16
        static let language = 17, field = 18, name = 19, role = 20, status = 21, kind = 22
    }
    static let customerKeys: [StaticString] = ["name", "surname", "honorific", "phone", "branch", "language", "tier"]
    static let callKeys: [StaticString] = [
        "id", "customer", "queue", "reason", "category", "direction", "state", "agent", "enqueuedAt", "dueAt",
        "answeredAt", "endedAt", "wrappedAt", "notes", "disposition", "followUp",
    ]

    /// The envelope keys plus the payload keys of one type.
    private static func allowing(_ payload: Int...) -> UInt32 { payload.reduce(0b11_1111) { $0 | 1 << UInt32($1) } }

    /// The fast path, or nil to use the fallback.
    static func fast(_ bytes: UnsafeBufferPointer<UInt8>) -> Event? {
        withUnsafeTemporaryAllocation(of: Range<Int>?.self, capacity: keys.count) { f in fast(bytes, fields: f) }
    }

    private static func fast(_ bytes: UnsafeBufferPointer<UInt8>, fields f: UnsafeMutableBufferPointer<Range<Int>?>) -> Event? {
        var s = JSONScanner(bytes: bytes)
        guard let present = s.object(keys, into: f), s.atEnd(), let type = f[K.type] else { return nil }
        func only(_ allowed: UInt32) -> Bool { present & ~allowed == 0 }
        if let v = f[K.v] { guard let version = s.int(v), version <= Event.formatVersion else { return nil } }
        guard let seq = s.int(f[K.seq]), let at = s.date(f[K.at]), let user = s.string(f[K.user]),
              let agent = s.optional(f[K.agent], s.string) else { return nil }
        let body: EventBody
        if s.equal(type, "\"call.claimed\"") {
            guard only(allowing(K.call)), let call = s.string(f[K.call]), let who = agent else { return nil }
            body = .callClaimed(CallClaimed(call: call, agent: who))
        } else if s.equal(type, "\"call.ended\"") {
            guard only(allowing(K.call)), let call = s.string(f[K.call]) else { return nil }
            body = .callEnded(CallRef(call: call))
        } else if s.equal(type, "\"call.abandoned\"") {
            guard only(allowing(K.call)), let call = s.string(f[K.call]) else { return nil }
            body = .callAbandoned(CallRef(call: call))
        } else if s.equal(type, "\"call.completed\"") {
            guard only(allowing(K.call, K.category, K.disposition, K.notes, K.resolved, K.kind)), let call = s.string(f[K.call]),
                  let category = s.string(f[K.category]).flatMap(ServiceCategory.init),
                  let disposition = s.string(f[K.disposition]), let notes = s.optional(f[K.notes], s.string),
                  let resolved = s.bool(f[K.resolved]),
                  let kind = s.optional(f[K.kind], { s.string($0).flatMap(ContactKind.init) }) else { return nil }
            body = .callCompleted(CallCompleted(call: call, category: category, disposition: disposition, notes: notes,
                                                resolved: resolved, kind: kind))
        } else if s.equal(type, "\"satisfaction.recorded\"") {
            guard only(allowing(K.call, K.answer, K.reason)), let call = s.string(f[K.call]),
                  let answer = s.satisfaction(f[K.answer]), let reason = s.optional(f[K.reason], s.string) else { return nil }
            body = .satisfaction(SatisfactionRecorded(call: call, answer: answer, reason: reason))
        } else if s.equal(type, "\"script.step\"") {
            guard only(allowing(K.call, K.script, K.step, K.action)), let call = s.string(f[K.call]),
                  let script = s.string(f[K.script]), let step = s.string(f[K.step]),
                  let action = s.string(f[K.action]).flatMap(ScriptStepRecorded.Action.init) else { return nil }
            body = .scriptStep(ScriptStepRecorded(call: call, script: script, step: step, action: action))
        } else if s.equal(type, "\"phrase.hit\"") {
            guard only(allowing(K.rule, K.language, K.field, K.call)), let rule = s.string(f[K.rule]),
                  let language = s.string(f[K.language]).flatMap(Language.init), let field = s.string(f[K.field]),
                  let call = s.optional(f[K.call], s.string) else { return nil }
            body = .phraseHit(PhraseHitRecorded(rule: rule, language: language, field: field, call: call))
        } else if s.equal(type, "\"agent.status\"") {
            guard only(allowing(K.name, K.role, K.status, K.reason)), let who = agent, let name = s.string(f[K.name]),
                  let role = s.string(f[K.role]).flatMap(Role.init),
                  let status = s.string(f[K.status]).flatMap(AgentStatus.init),
                  let reason = s.optional(f[K.reason], s.string) else { return nil }
            body = .agentStatus(AgentStatusChanged(agent: who, name: name, role: role, status: status, reason: reason))
        } else if s.equal(type, "\"call.rung\"") {
            guard only(allowing(K.call)), let r = f[K.call], let call = s.call(r) else { return nil }
            body = .callRung(CallRung(call: call))
        } else {
            return nil
        }
        return Event(seq: seq, at: at, agent: agent, user: user, body: body)
    }
}

/// The readers of the event types' own values.
private extension JSONScanner {
    func satisfaction(_ r: Range<Int>?) -> Satisfaction? {
        if let n = int(r) { return (1...5).contains(n) ? .score(n) : nil }
        return string(r) == "declined" ? .declined : nil
    }

    func customer(_ r: Range<Int>) -> Customer? {
        withUnsafeTemporaryAllocation(of: Range<Int>?.self, capacity: EventLineDecoder.customerKeys.count) { f in
            customer(r, fields: f)
        }
    }

    private func customer(_ r: Range<Int>, fields f: UnsafeMutableBufferPointer<Range<Int>?>) -> Customer? {
        var sub = self
        sub.i = r.lowerBound
        guard sub.object(EventLineDecoder.customerKeys, into: f) != nil, sub.i == r.upperBound,
              let name = string(f[0]), let surname = optional(f[1], string), let honorific = optional(f[2], string),
              let phone = string(f[3]), let branch = optional(f[4], string),
              let language = optional(f[5], { self.string($0).flatMap(Language.init) }),
              let tier = string(f[6]).flatMap(Tier.init) else { return nil }
        return Customer(name: name, surname: surname, honorific: honorific, phone: phone, branch: branch,
                        language: language, tier: tier)
    }

    func call(_ r: Range<Int>) -> Call? {
        withUnsafeTemporaryAllocation(of: Range<Int>?.self, capacity: EventLineDecoder.callKeys.count) { f in call(r, fields: f) }
    }

    private func call(_ r: Range<Int>, fields f: UnsafeMutableBufferPointer<Range<Int>?>) -> Call? {
        var sub = self
        sub.i = r.lowerBound
        guard sub.object(EventLineDecoder.callKeys, into: f) != nil, sub.i == r.upperBound,
              let id = string(f[0]), let cr = f[1], let customer = customer(cr), let queue = string(f[2]),
              let reason = optional(f[3], string),
              let category = optional(f[4], { self.string($0).flatMap(ServiceCategory.init) }),
              let direction = string(f[5]).flatMap(CallDirection.init),
              let state = string(f[6]).flatMap(CallState.init), let agent = optional(f[7], string),
              let enqueuedAt = date(f[8]), let dueAt = optional(f[9], date),
              let answeredAt = optional(f[10], date), let endedAt = optional(f[11], date),
              let wrappedAt = optional(f[12], date), let notes = optional(f[13], string),
              let disposition = optional(f[14], string), let followUp = optional(f[15], string)
        else { return nil }
        var call = Call(id: id, customer: customer, queue: queue, reason: reason, category: category, direction: direction,
                        state: state, enqueuedAt: enqueuedAt, dueAt: dueAt, followUp: followUp)
        call.agent = agent
        call.answeredAt = answeredAt
        call.endedAt = endedAt
        call.wrappedAt = wrappedAt
        call.notes = notes
        call.disposition = disposition
        return call
    }
}
