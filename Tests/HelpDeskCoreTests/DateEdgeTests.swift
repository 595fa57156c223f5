import Foundation
import HelpDeskCore
import Testing

/// Times at the ends of what the journal's four-digit years can hold.
struct DateEdgeTests {
    let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    @Test func theLastRepresentableMillisecondRoundTrips() throws {
        let text = "9999-12-31T23:59:59.999Z"
        let date = try #require(JournalCoding.parseDate(text))
        #expect(JournalCoding.formatDate(date) == text)
        #expect(JournalCoding.formatDate(try #require(JournalCoding.parseDate("0000-01-01T00:00:00.000Z"))) == "0000-01-01T00:00:00.000Z")
    }

    @Test func timesPastTheYear9999AreNotRead() {
        #expect(JournalCoding.parseDate("9999-12-31T23:59:60Z") == nil)        // a leap second into 10000
        #expect(JournalCoding.parseDate("9999-12-31T23:00:00-02:00") == nil)   // an offset into 10000
        #expect(JournalCoding.parseDate("0000-01-01T00:00:00+01:00") == nil)   // an offset before 0000
    }

    @Test func theEncoderRefusesWhatItCouldNotReadBack() {
        struct Stamp: Codable { var at: Date }
        for t in [253_402_300_800.0, 8.64e16, .infinity, .nan, -1e15] {
            #expect(throws: EncodingError.self) { try JournalCoding.encoder().encode(Stamp(at: Date(timeIntervalSince1970: t))) }
        }
    }

    @Test func formattingAnyTimeNeverTraps() {
        for t in [Double.nan, .infinity, -.infinity, 1e300, -1e300, 8.64e16] {
            #expect(!JournalCoding.formatDate(Date(timeIntervalSince1970: t)).isEmpty)
        }
    }

    @Test func localTimesPastTheYear9999ShowTheirWholeYear() throws {
        let lastHour = try #require(JournalCoding.parseDate("9999-12-31T23:00:00Z"))
        #expect(LocalTime.minute(lastHour, in: shanghai) == "10000-01-01 07:00")
        #expect(LocalTime.day(lastHour, in: shanghai) == "10000-01-01")
        #expect(LocalTime.minute(lastHour, in: TimeZone(identifier: "UTC")!) == "9999-12-31 23:00")
    }
}
