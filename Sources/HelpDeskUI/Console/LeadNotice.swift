import Foundation
import HelpDeskCore

/// A lead's instructions and answers reach the agent at once: a notice in
/// the status bar, worded as coming from the lead, and the terminal bell.
extension ConsoleModel {
    /// The lead notes (instructions, answers) on complaints this agent
    /// filed or escalated, oldest first.
    func leadNotes() -> [(complaint: Complaint, note: ComplaintNote)] {
        live.complaints.values
            .filter { $0.owner == me.agent || $0.escalatedBy == me.agent }
            .flatMap { c in c.notes.filter { ($0.action == .instruct || $0.action == .handBack) && $0.by != me.agent }.map { (c, $0) } }
            .sorted { ($0.note.at, $0.complaint.id) < ($1.note.at, $1.complaint.id) }
    }

    /// Shows the newest lead note not yet noticed, and rings unless the bell is off.
    mutating func noticeLeadNotes() -> [ConsoleEffect] {
        guard let (complaint, note) = leadNotes().last, note.at > leadNotesSeen else { return [] }
        leadNotesSeen = note.at
        let by = note.by ?? ""
        let name = roster.entry(forAgent: by)?.name ?? live.agents[by]?.name ?? by
        let w = text.wrapUpText
        let heading = WrapUpText.fill(note.action == .instruct ? w.leadInstructs : w.leadAnswers,
                                      ["name": name, "complaint": complaint.id])
        leadNotice = heading + " " + (note.text ?? "")
        return bell ? [.bell] : []
    }
}
