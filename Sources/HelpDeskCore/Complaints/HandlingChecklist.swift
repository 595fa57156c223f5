/// The complaint-handling steps of seed 003, ticked as the agent does them:
/// listen carefully, stay calm, record the key points, explain, escalate to
/// the supervisor, give feedback, and tell the customer how long the fix
/// will take. Kept on the complaint so a lead can see which step was missed
/// ("100 − 1 = 0": one skipped step spoils the whole service).
public struct HandlingChecklist: Codable, Sendable, Equatable {
    public var listened: Bool
    public var stayedCalm: Bool
    public var recordedKeyPoints: Bool
    public var explained: Bool
    /// The lead the complaint was escalated to; set by the escalation itself.
    public var escalatedTo: String?
    public var gaveFeedback: Bool
    /// Set when the complaint is accepted, which requires a promised time.
    public var toldHowLong: Bool

    public init(
        listened: Bool = false, stayedCalm: Bool = false, recordedKeyPoints: Bool = false, explained: Bool = false,
        escalatedTo: String? = nil, gaveFeedback: Bool = false, toldHowLong: Bool = false
    ) {
        self.listened = listened
        self.stayedCalm = stayedCalm
        self.recordedKeyPoints = recordedKeyPoints
        self.explained = explained
        self.escalatedTo = escalatedTo
        self.gaveFeedback = gaveFeedback
        self.toldHowLong = toldHowLong
    }

    /// The steps the agent ticks by hand, with the key each is written under.
    public enum Step: String, Codable, Sendable, CaseIterable {
        case listened, stayedCalm, recordedKeyPoints, explained, gaveFeedback
    }

    public subscript(step: Step) -> Bool {
        get {
            switch step {
            case .listened: listened
            case .stayedCalm: stayedCalm
            case .recordedKeyPoints: recordedKeyPoints
            case .explained: explained
            case .gaveFeedback: gaveFeedback
            }
        }
        set {
            switch step {
            case .listened: listened = newValue
            case .stayedCalm: stayedCalm = newValue
            case .recordedKeyPoints: recordedKeyPoints = newValue
            case .explained: explained = newValue
            case .gaveFeedback: gaveFeedback = newValue
            }
        }
    }

    /// How many of the seven steps are done: the figure a form or list shows.
    public var doneCount: Int {
        Step.allCases.filter { self[$0] }.count + (escalatedTo != nil ? 1 : 0) + (toldHowLong ? 1 : 0)
    }

    public static let stepCount = 7
}

extension HandlingChecklist {
    private enum Key: String, CodingKey {
        case listened, stayedCalm, recordedKeyPoints, explained, escalatedTo, gaveFeedback, toldHowLong
    }

    /// Missing steps read as not done, so a hand-written record stays readable.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        self.init(
            listened: try c.decodeIfPresent(Bool.self, forKey: .listened) ?? false,
            stayedCalm: try c.decodeIfPresent(Bool.self, forKey: .stayedCalm) ?? false,
            recordedKeyPoints: try c.decodeIfPresent(Bool.self, forKey: .recordedKeyPoints) ?? false,
            explained: try c.decodeIfPresent(Bool.self, forKey: .explained) ?? false,
            escalatedTo: try c.decodeIfPresent(String.self, forKey: .escalatedTo),
            gaveFeedback: try c.decodeIfPresent(Bool.self, forKey: .gaveFeedback) ?? false,
            toldHowLong: try c.decodeIfPresent(Bool.self, forKey: .toldHowLong) ?? false)
    }
}
