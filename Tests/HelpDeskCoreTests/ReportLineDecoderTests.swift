import Foundation
import Testing
@testable import HelpDeskCore
@testable import HelpDeskReports

/// The fast line reader must give exactly what JSONDecoder gives, or leave the line to it.
@Suite struct ReportLineDecoderTests {
    static func viaJSONDecoder(_ line: Data) throws -> Event { try JournalCoding.decoder().decode(Event.self, from: line) }

    static func fast(_ line: Data) -> Event? {
        line.withUnsafeBytes { EventLineDecoder.fast($0.bindMemory(to: UInt8.self)) }
    }

    @Test func everySampleLineDecodesAsJSONDecoderDoes() throws {
        let bytes = try Data(contentsOf: ReportSampleGenerator.samplesDirectory.appendingPathComponent("events.jsonl"))
        var fastCount = 0, total = 0
        for line in bytes.split(separator: 0x0A) {
            let expected = try Self.viaJSONDecoder(Data(line))
            if let event = Self.fast(Data(line)) {
                #expect(event == expected)
                fastCount += 1
            }
            #expect(try EventLineDecoder().decode(Data(line)) == expected)
            total += 1
        }
        // Calls, satisfaction, scripts, phrases and agent states take the fast path; complaints do not.
        #expect(fastCount > total / 2)
    }

    @Test func escapesOptionalsAndOddSpacingMatch() throws {
        var call = Call(id: "C\"1\\", customer: Customer(name: "王\n芳 😀", surname: nil, phone: "138", branch: "广州", tier: .vip),
                        reason: "tab\there", category: .repair, enqueuedAt: Date(timeIntervalSince1970: 1_790_000_000.125),
                        dueAt: Date(timeIntervalSince1970: 1_790_000_100))
        call.notes = "\u{1}control"
        let events = [
            Event(seq: 1, at: Date(timeIntervalSince1970: 1_790_000_000.5), agent: nil, user: "ü", body: .callRung(CallRung(call: call))),
            Event(seq: 2, at: Date(timeIntervalSince1970: 1_790_000_001), agent: "A1", user: "u",
                  body: .callCompleted(CallCompleted(call: "C1", category: .inquiry, disposition: "done", notes: nil, resolved: false))),
            Event(seq: 3, at: Date(timeIntervalSince1970: 1_790_000_002), agent: "A1", user: "u",
                  body: .satisfaction(SatisfactionRecorded(call: "C1", answer: .declined, reason: "busy"))),
            Event(seq: 4, at: Date(timeIntervalSince1970: 1_790_000_003), agent: "A2", user: "u",
                  body: .agentStatus(AgentStatusChanged(agent: "A2", name: "김민준", role: .lead, status: .paused, reason: "교육"))),
        ]
        for e in events {
            let line = try JournalCoding.encoder().encode(e)
            #expect(Self.fast(line) == e)
        }
        // Hand-written variants: spaces, \u escapes with a surrogate pair, explicit nulls.
        let odd = #"{ "v" : 1, "seq":7 , "at":"2026-11-27T08:00:00.000Z","agent":null,"user":"\u0041\ud83d\ude00","type":"call.ended","call":"C\/9" }"#
        let expected = try Self.viaJSONDecoder(Data(odd.utf8))
        #expect(Self.fast(Data(odd.utf8)) == expected)
        #expect(expected.user == "A😀")
    }

    @Test func unknownShapesFallBackAndBadLinesFailAsBefore() throws {
        // A key this reader does not know: left to JSONDecoder, which ignores it.
        let newer = #"{"seq":1,"at":"2026-11-27T08:00:00.000Z","user":"u","type":"call.ended","call":"C1","mood":"calm"}"#
        #expect(Self.fast(Data(newer.utf8)) == nil)
        #expect(try EventLineDecoder().decode(Data(newer.utf8)) == Self.viaJSONDecoder(Data(newer.utf8)))
        // A newer format, a bad score, a torn line: the same errors as JSONDecoder.
        for bad in [#"{"v":2,"seq":1,"at":"2026-11-27T08:00:00.000Z","user":"u","type":"call.ended","call":"C1"}"#,
                    #"{"seq":1,"at":"2026-11-27T08:00:00.000Z","user":"u","type":"satisfaction.recorded","call":"C1","answer":9}"#,
                    #"{"seq":1,"at":"2026-11-27T08:00:00.000Z","user":"u","type":"call.ended","ca"#] {
            #expect(Self.fast(Data(bad.utf8)) == nil)
            #expect(throws: DecodingError.self) { try EventLineDecoder().decode(Data(bad.utf8)) }
        }
    }

    /// Found by the journal-line fuzz target: "0523" is no JSON number, and
    /// the fast path read it as 523 where JSONDecoder refuses the line.
    @Test func aNumberWithALeadingZeroIsRefusedAsJSONDecoderRefusesIt() throws {
        let line = #"{"at":"2026-10-02T02:09:31.000Z","call":"Q573","seq":0523,"type":"call.abandoned","user":"sample","v":1}"#
        #expect(Self.fast(Data(line.utf8)) == nil)
        #expect(throws: DecodingError.self) { try EventLineDecoder().decode(Data(line.utf8)) }
        let zero = line.replacingOccurrences(of: "0523", with: "0")
        #expect(try EventLineDecoder().decode(Data(zero.utf8)) == Self.viaJSONDecoder(Data(zero.utf8)))
    }

    /// Found by the fixed-budget fuzz run in CI (`scripts/fuzz ci`): the fast
    /// path took any four letters starting with t as `true` ("trug"), any
    /// five starting with f as `false`, and "nu" and two more as `null`.
    @Test func aMisspelledLiteralIsRefusedAsJSONDecoderRefusesIt() throws {
        let line = #"{"agent":"A04","at":"2026-10-02T01:36:50.000Z","call":"Q79","category":"installation","disposition":"answered","resolved":true,"seq":1040,"type":"call.completed","user":"sample","notes":null,"v":1}"#
        #expect(try EventLineDecoder().decode(Data(line.utf8)) == Self.viaJSONDecoder(Data(line.utf8)))
        for (word, typo) in [("true", "trug"), ("true", "tru3"), ("null", "nulx"), ("null", "nuII")] {
            let bad = line.replacingOccurrences(of: word, with: typo)
            #expect(Self.fast(Data(bad.utf8)) == nil, "\(typo)")
            #expect(throws: DecodingError.self) { try EventLineDecoder().decode(Data(bad.utf8)) }
        }
        let falsy = line.replacingOccurrences(of: "true", with: "fals3")
        #expect(Self.fast(Data(falsy.utf8)) == nil)
        #expect(throws: DecodingError.self) { try EventLineDecoder().decode(Data(falsy.utf8)) }
    }
}
