import HelpDeskCore
/// A report laid out for any output: titled sections, each one table and at
/// most one bar chart. Cells are already formatted text; renderers only
/// arrange, escape and draw them.
public struct ReportDocument: Sendable, Equatable {
    public var title: String
    /// The period and filters in words, printed under the title.
    public var subtitle: String
    public var sections: [ReportSection]

    public init(title: String, subtitle: String, sections: [ReportSection]) {
        self.title = title
        self.subtitle = subtitle
        self.sections = sections
    }
}

public struct ReportSection: Sendable, Equatable {
    public var title: String
    public var table: ReportTable
    public var chart: BarChart?
    /// Short remarks printed under the table (how shares are rounded, …).
    public var notes: [String]

    public init(title: String, table: ReportTable, chart: BarChart? = nil, notes: [String] = []) {
        self.title = title
        self.table = table
        self.chart = chart
        self.notes = notes
    }
}

public struct ReportColumn: Sendable, Equatable {
    public var header: String
    /// Numeric columns are right-aligned.
    public var numeric: Bool

    public init(_ header: String, numeric: Bool = true) {
        self.header = header
        self.numeric = numeric
    }
}

public struct ReportTable: Sendable, Equatable {
    public var columns: [ReportColumn]
    public var rows: [[String]]
    /// A summary row set apart from the others ("all branches", "total").
    public var total: [String]?

    public init(columns: [ReportColumn], rows: [[String]], total: [String]? = nil) {
        self.columns = columns
        self.rows = rows
        self.total = total
    }
}

/// Horizontal bars, one per label, scaled to the largest value.
public struct BarChart: Sendable, Equatable {
    public struct Bar: Sendable, Equatable {
        public var label: String
        public var value: Double
        /// The figure written at the end of the bar ("78 · 38%").
        public var text: String

        public init(label: String, value: Double, text: String) {
            self.label = label
            self.value = value
            self.text = text
        }
    }

    public var title: String
    public var bars: [Bar]
    /// The value a full bar stands for: 100 for percentages, so 37% looks
    /// like 37%; nil to scale to the largest bar.
    public var fullScale: Double?
    /// A reference line across the bars (the service-level target).
    public var marker: (value: Double, label: String)?

    public init(title: String, bars: [Bar], fullScale: Double? = nil, marker: (value: Double, label: String)? = nil) {
        self.title = title
        self.bars = bars
        self.fullScale = fullScale
        self.marker = marker
    }

    /// The value the longest possible bar stands for.
    public var scale: Double { fullScale ?? bars.map(\.value).max() ?? 0 }

    public static func == (a: BarChart, b: BarChart) -> Bool {
        a.title == b.title && a.bars == b.bars && a.fullScale == b.fullScale
            && a.marker?.value == b.marker?.value && a.marker?.label == b.marker?.label
    }
}
