import Foundation
import HelpDeskCore
import TermRender

/// The scripts followed on the call in hand, and how much of their log has
/// gone to the journal. Steps are journaled as they happen (one effect per
/// key or tick that moved the script), not at wrap-up, so the compliance
/// record survives a console killed mid-call and the lead sees it live.
public struct CallScript: Sendable, Equatable {
    public let call: String
    public private(set) var session: ScriptSession
    /// Values the agent typed for this call's placeholders (product, appointment).
    public internal(set) var typed: [ScriptPlaceholder: String] = [:]
    /// Entries of `session.log` already handed to the journal.
    private var journaled = 0

    init(call: String, script: Script) {
        self.call = call
        session = ScriptSession(start: script)
    }

    /// Lets time pass: a timed wait that ran out advances or offers its next step.
    mutating func tick(_ now: Date) {
        session.tick(now)
    }

    /// Carries out a script-panel command; returns why the script refused
    /// it, or nil when it moved.
    mutating func perform(_ command: ScriptCommand, at now: Date) -> ScriptRefusal? {
        do throws(ScriptRunError) {
            switch command {
            case .advance: try session.advance(at: now)
            case .skip: try session.skip(at: now)
            case .branch(let key): try session.choose(key, at: now)
            case .enter(let script): session.enter(script)
            case .back: if !session.leave(at: now) { return .nothingBeneath }
            }
        } catch {
            return .run(error)
        }
        return nil
    }

    /// The log entries not yet journaled, as events; from now on they count as journaled.
    mutating func unjournaled() -> [EventBody] {
        let records = session.records(call: call, since: journaled)
        journaled = session.log.count
        return records.map { .scriptStep($0) }
    }
}

/// Why a script-panel key changed nothing.
enum ScriptRefusal: Equatable {
    case run(ScriptRunError)
    /// "Back" on the call's first script.
    case nothingBeneath
}

/// What a key does in the script panel. Resolved in this order, so the
/// choices the step shows win: the current step's branch keys (as the
/// script writes them: lower-case letters and digits), then Space or "."
/// (said, go on), "s" (skip), Backspace or "<" (back to the script beneath),
/// then Shift with a situation script's key (S silent line, Q too quiet …).
/// Situations take the upper-case letter because the shipped keys (n, c, q)
/// are the console's global keys in lower case; any other key falls through
/// to the global keys, so h (hang up) and c (complaint form) work here too.
enum ScriptCommand: Equatable {
    case branch(Character)
    case advance, skip, back
    case enter(Script)

    init?(key: Key, step: ScriptStep?, library: ScriptLibrary) {
        switch key {
        case .char(let c) where step?.branches.contains(where: { $0.key == c }) == true:
            self = .branch(c)
        case .char(" "), .char("."):
            self = .advance
        case .char("s"):
            self = .skip
        case .backspace, .char("<"):
            self = .back
        case .char(let c) where c.isUppercase:
            guard let script = library.script(forKey: c), script.kind == .situation else { return nil }
            self = .enter(script)
        default:
            return nil
        }
    }
}
