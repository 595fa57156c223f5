import Foundation
import Testing
@testable import HelpDeskCore

@Suite struct EventCodingTests {
    @Test func eventsRoundTripAsFlatReadableJSONLines() throws {
        let at = try #require(JournalCoding.parseDate("2026-11-27T08:00:00.125Z"))
        let call = Call(id: "C7", customer: Customer(name: "김민준\u{1B}[2J", phone: "01012345678", tier: .keyAccount),
                        reason: "A/S", category: .repair, enqueuedAt: at)
        let events = [
            Event(seq: 1, at: at, agent: nil, user: "pbx", body: .callRung(CallRung(call: call))),
            Event(seq: 2, at: at, agent: "1001", user: "alice", body: .callClaimed(CallClaimed(call: "C7", agent: "1001"))),
            Event(seq: 3, at: at, agent: "1001", user: "alice",
                  body: .satisfaction(SatisfactionRecorded(call: "C7", answer: .declined))),
        ]
        for event in events {
            let line = try JournalCoding.encoder().encode(event)
            let text = String(decoding: line, as: UTF8.self)
            #expect(!text.contains("\n"))
            #expect(text.contains("\"at\":\"2026-11-27T08:00:00.125Z\""))
            #expect(try JournalCoding.decoder().decode(Event.self, from: line) == event)
        }
        let claimed = String(decoding: try JournalCoding.encoder().encode(events[1]), as: UTF8.self)
        #expect(claimed == #"{"agent":"1001","at":"2026-11-27T08:00:00.125Z","call":"C7","seq":2,"type":"call.claimed","user":"alice","v":1}"#)
    }

    @Test func unknownTypesAndNewerVersionsAreRefusedByName() {
        let unknown = Data(#"{"v":1,"seq":1,"at":"2026-11-27T08:00:00.000Z","user":"x","type":"call.teleported"}"#.utf8)
        #expect(throws: (any Error).self) { try JournalCoding.decoder().decode(Event.self, from: unknown) }
        let newer = Data(#"{"v":99,"seq":1,"at":"2026-11-27T08:00:00.000Z","user":"x","type":"call.ended","call":"C1"}"#.utf8)
        do {
            _ = try JournalCoding.decoder().decode(Event.self, from: newer)
            Issue.record("a newer format decoded")
        } catch {
            #expect("\(error)".contains("newer than this program reads"))
        }
    }

    @Test(arguments: [
        ("1970-01-01T00:00:00.000Z", 0.0),
        ("2026-11-27T08:00:00.125Z", 1_795_766_400.125),
        ("2024-02-29T23:59:59.999Z", 1_709_251_199.999),
        ("2026-11-27T16:00:00+08:00", 1_795_766_400.0),
    ])
    func datesParseAndFormatExactly(text: String, seconds: Double) throws {
        let date = try #require(JournalCoding.parseDate(text))
        #expect(abs(date.timeIntervalSince1970 - seconds) < 0.0005)
        if text.hasSuffix("Z") { #expect(JournalCoding.formatDate(date) == text) }
    }

    /// Found by `scripts/fuzz 60` (journal-line and snapshot): a time with
    /// finer digits than milliseconds read as a time the journal cannot
    /// write, so an event or snapshot changed when written back. Digits past
    /// the millisecond are dropped as it is read.
    @Test(arguments: ["2026-09-02T06:05:38.0001Z", "2026-10-02T01:31:54.01111100Z", "2026-10-02T01:31:54.9999Z",
                      "2026-10-02T01:31:54.1239+08:00"])
    func aTimeFinerThanMillisecondsReadsBackAsWritten(text: String) throws {
        let date = try #require(JournalCoding.parseDate(text))
        #expect(JournalCoding.parseDate(JournalCoding.formatDate(date)) == date)
        let event = Event(seq: 1, at: date, agent: nil, user: "u", body: .callEnded(CallRef(call: "C1")))
        let line = try JournalCoding.encoder().encode(event)
        #expect(try JournalCoding.decoder().decode(Event.self, from: line) == event)
        #expect(try EventLineDecoder().decode(line) == event)
    }

    @Test(arguments: ["", "2026-13-01T00:00:00Z", "2026-11-27 08:00", "2026-11-27T08:00:00.000Zjunk"])
    func badDatesAreRejected(text: String) {
        #expect(JournalCoding.parseDate(text) == nil)
    }
}
