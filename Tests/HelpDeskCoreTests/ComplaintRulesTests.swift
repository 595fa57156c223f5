import Foundation
import Testing
@testable import HelpDeskCore

@Suite struct ComplaintRulesTests {
    /// `Resources/complaints/` of this checkout.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Resources/complaints")

    static func file(_ name: String) throws -> Data { try Data(contentsOf: directory.appendingPathComponent(name)) }

    static func decode(categories: Data? = nil, sla: Data? = nil, calendar: Data? = nil, followUps: Data? = nil,
                       steps: Data? = nil) throws -> ComplaintRules {
        let names = ComplaintRules.fileNames
        return try ComplaintRules.decode(
            categories: categories ?? file(names.categories), sla: sla ?? file(names.sla),
            calendar: calendar ?? file(names.calendar), followUps: followUps ?? file(names.followUps),
            steps: steps ?? file(names.steps))
    }

    /// The error a broken file gives, as text.
    static func failure(categories: String? = nil, sla: String? = nil, calendar: String? = nil) -> String? {
        do {
            _ = try decode(categories: categories.map { Data($0.utf8) }, sla: sla.map { Data($0.utf8) },
                           calendar: calendar.map { Data($0.utf8) })
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func theShippedConfigLoads() throws {
        let rules = try Self.decode()
        #expect(rules.categories.categories.count == ComplaintCategory.allCases.count)
        #expect(rules.categories.label(.missedAppointment, in: .zh) == "不按预约时间上门")
        #expect(rules.categories.label(.serviceDelay, in: .en) == "Service delay")
        #expect(rules.calendar.timeZone.identifier == "Asia/Shanghai")
        // National Day 2026 is closed; the make-up Saturday after it is open.
        #expect(!rules.calendar.isOpen(at: Fixture.local("2026-10-02 10:00")))
        #expect(rules.calendar.isOpen(at: Fixture.local("2026-10-10 10:00")))
        for category in ComplaintCategory.allCases {
            for severity in Severity.allCases {
                let t = rules.sla.target(for: category, severity)
                #expect(t.firstResponseMinutes > 0 && t.firstResponseMinutes <= t.resolutionMinutes)
            }
        }
        // New Year's Day 2027 is a Friday holiday: Thursday 17:00 + 2 h lands on Monday 10:00.
        #expect(rules.due(afterBusinessMinutes: 120, from: Fixture.local("2026-12-31 17:00")) == Fixture.local("2027-01-04 10:00"))
    }

    @Test func brokenFilesAreNamedDownToTheField() {
        let fullDefault = #""default":{"low":{"firstResponseMinutes":1,"resolutionMinutes":2},"normal":{"firstResponseMinutes":1,"resolutionMinutes":2},"high":{"firstResponseMinutes":1,"resolutionMinutes":2},"critical":{"firstResponseMinutes":1,"resolutionMinutes":2}}"#
        #expect(Self.failure(sla: "{\(fullDefault)}") == nil)
        let unknownCause = Self.failure(sla: "{\(fullDefault),\"categories\":{\"late-pizza\":{}}}")
        #expect(unknownCause == "sla.json: categories.late-pizza: unknown cause \"late-pizza\"")

        let missingSeverity = Self.failure(sla: #"{"default":{"low":{"firstResponseMinutes":1,"resolutionMinutes":2}}}"#)
        #expect(missingSeverity == "sla.json: default: needs a \"normal\" target")

        let inverted = Self.failure(sla: """
            {"default":{"low":{"firstResponseMinutes":90,"resolutionMinutes":30},"normal":{"firstResponseMinutes":1,"resolutionMinutes":2},
            "high":{"firstResponseMinutes":1,"resolutionMinutes":2},"critical":{"firstResponseMinutes":1,"resolutionMinutes":2}}}
            """)
        #expect(inverted == "sla.json: default.low: the first response cannot be due after the resolution")

        let noKorean = Self.failure(categories: #"{"categories":[{"id":"other","labels":{"zh-Hans":"其他","en":"Other"}}]}"#)
        #expect(noKorean == "categories.json: categories[0].labels: needs a \"ko\" text")

        let noOther = Self.failure(categories: #"{"categories":[{"id":"service-delay","labels":{"zh-Hans":"a","en":"b","ko":"c"}}]}"#)
        #expect(noOther?.contains("\"other\" must be offered") == true)

        let badHours = Self.failure(calendar: #"{"timeZone":"Asia/Shanghai","week":{"mon":["9-18"]}}"#)
        #expect(badHours == "calendar.json: week.mon: \"9-18\" is not opening hours like 09:00-18:00")

        let badZone = Self.failure(calendar: #"{"timeZone":"Mars/Olympus","week":{"mon":["09:00-18:00"]}}"#)
        #expect(badZone?.hasPrefix("calendar.json: timeZone: ") == true)

        let badDate = Self.failure(calendar: #"{"week":{"mon":["09:00-18:00"]},"holidays":["2026-02-30"]}"#)
        #expect(badDate?.contains("\"2026-02-30\" is not a date") == true)

        let notJSON = Self.failure(calendar: "{")
        #expect(notJSON?.hasPrefix("calendar.json") == true)
    }

    @Test func anOmittedCategoryIsNotOffered() throws {
        let rules = try Self.decode(categories: Data(#"""
            {"categories":[{"id":"other","labels":{"zh-Hans":"其他","en":"Other","ko":"기타"}}]}
            """#.utf8))
        var draft = Fixture.draft()
        #expect(throws: DomainError.self) { try Complaints.file(LiveState(), draft, by: "A01", rules: rules, at: .now) }
        draft.category = .other
        #expect(try Complaints.file(LiveState(), draft, by: "A01", rules: rules, at: .now).count == 1)
        #expect(rules.categories.label(.serviceDelay, in: .en) == "service-delay")
    }
}
