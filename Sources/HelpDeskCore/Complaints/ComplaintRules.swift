import Foundation

/// Everything a department configures about complaints, read from the five
/// files in `Resources/complaints/`. The domain reads no files itself: a
/// face (the command line, the console) reads the bytes and hands them here.
public struct ComplaintRules: Sendable, Equatable {
    /// The file names in `Resources/complaints/`, in the order `decode` takes them.
    public static let fileNames = (categories: "categories.json", sla: "sla.json",
                                   calendar: "calendar.json", followUps: "followups.json", steps: "steps.json")

    public var categories: ComplaintCategoryList
    public var sla: SLATable
    public var calendar: BusinessCalendar
    public var followUps: FollowUpRules
    /// Which handling steps accepting, resolving and closing need.
    public var handling: HandlingRules

    public init(categories: ComplaintCategoryList, sla: SLATable, calendar: BusinessCalendar, followUps: FollowUpRules,
                handling: HandlingRules = HandlingRules()) {
        self.categories = categories
        self.sla = sla
        self.calendar = calendar
        self.followUps = followUps
        self.handling = handling
    }

    /// Parses and checks the five files' contents; the error names the file
    /// and the field that is wrong.
    public static func decode(categories: Data, sla: Data, calendar: Data, followUps: Data, steps: Data) throws(ComplaintConfigError) -> ComplaintRules {
        ComplaintRules(
            categories: try parse(categories, fileNames.categories),
            sla: try parse(sla, fileNames.sla),
            calendar: try parse(calendar, fileNames.calendar),
            followUps: try parse(followUps, fileNames.followUps),
            handling: try parse(steps, fileNames.steps))
    }

    private static func parse<T: Decodable>(_ data: Data, _ file: String) throws(ComplaintConfigError) -> T {
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch {
            throw ComplaintConfigError.decoding(error, file: file)
        }
    }

    /// The moment `minutes` of business time after `start`.
    public func due(afterBusinessMinutes minutes: Int, from start: Date) -> Date {
        calendar.adding(businessSeconds: TimeInterval(minutes) * 60, to: start)
    }
}
