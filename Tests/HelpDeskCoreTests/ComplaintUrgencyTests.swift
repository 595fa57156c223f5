import Foundation
import Testing
@testable import HelpDeskCore

/// One urgency order for the console's case list and `complaint list`.
@Suite struct ComplaintUrgencyTests {
    @Test func overdueFirstThenLeastBusinessTimeLeftThenNumber() throws {
        let rules = Fixture.rules()
        var floor = TestFloor()
        let local = { (text: String) in Fixture.local(text) }
        // Filed in the order T1 (latest clock), T2, T3 (a promise already broken).
        try floor.commit("A01", at: local("2026-11-25 10:30")) { s, now in
            try Complaints.file(s, Fixture.draft(), by: "A01", rules: rules, at: now)
        }
        try floor.commit("A01", at: local("2026-11-25 09:30")) { s, now in
            try Complaints.file(s, Fixture.draft(), by: "A01", rules: rules, at: now)
        }
        try floor.commit("A01", at: local("2026-11-25 09:00")) { s, now in
            try Complaints.file(s, Fixture.draft(promisedBy: local("2026-11-25 10:00")), by: "A01", rules: rules, at: now)
        }
        let ordered = rules.mostUrgentFirst(Array(floor.state.complaints.values), at: local("2026-11-25 11:00"))
        #expect(ordered.map(\.id) == ["T3", "T2", "T1"])
    }
}
