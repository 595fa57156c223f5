import Foundation

/// One thing that happened on the floor. The journal is a sequence of these;
/// the live state, the audit trail, the wallboard and every report are folds
/// over it. On disk it is one JSON object per line (see docs/format.md):
/// the envelope fields, a `type`, and the fields of its body, side by side.
public struct Event: Sendable, Equatable {
    /// The journal format written today; readers refuse newer ones by name.
    public static let formatVersion = 1

    /// Position in the journal, from 1, assigned under the store's lock.
    public var seq: Int
    public var at: Date
    /// The agent number that acted, or nil for the PBX, the simulator or the system.
    public var agent: String?
    /// The Unix account of the process that wrote it.
    public var user: String
    public var body: EventBody

    public init(seq: Int, at: Date, agent: String?, user: String, body: EventBody) {
        self.seq = seq
        self.at = at
        self.agent = agent
        self.user = user
        self.body = body
    }
}

extension Event: Codable {
    private enum Key: String, CodingKey { case v, seq, at, agent, user, type }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let version = try c.decodeIfPresent(Int.self, forKey: .v) ?? 1
        guard version <= Event.formatVersion else {
            throw DecodingError.dataCorruptedError(
                forKey: .v, in: c,
                debugDescription: "journal format \(version) is newer than this program reads (\(Event.formatVersion))")
        }
        seq = try c.decode(Int.self, forKey: .seq)
        at = try c.decode(Date.self, forKey: .at)
        agent = try c.decodeIfPresent(String.self, forKey: .agent)
        user = try c.decode(String.self, forKey: .user)
        let type = try c.decode(String.self, forKey: .type)
        body = try EventBody(type: type, from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(Event.formatVersion, forKey: .v)
        try c.encode(seq, forKey: .seq)
        try c.encode(at, forKey: .at)
        try c.encodeIfPresent(agent, forKey: .agent)
        try c.encode(user, forKey: .user)
        try c.encode(body.type, forKey: .type)
        try body.encodePayload(to: encoder)
    }
}
