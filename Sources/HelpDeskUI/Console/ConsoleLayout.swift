import TermRender

/// Where each panel goes for a terminal size. Wide terminals show all four
/// panels at once; at 80x24 the body shows one panel at a time under a tab
/// bar. The view draws with it and `update` uses it to know how wide the
/// form fields are, so cursor movement over wrapped CJK lines matches what
/// is on screen.
public struct ConsoleLayout: Equatable, Sendable {
    public static let minimum = Size(width: 60, height: 16)

    public var tooSmall: Bool
    /// True when the panels are tabs (one visible at a time).
    public var tabbed: Bool
    public var title: Rect
    public var tabs: Rect?
    public var status: Rect
    public var panels: [ConsoleModel.Panel: Rect]

    public init(size: Size, visible: ConsoleModel.Panel) {
        tooSmall = size.width < Self.minimum.width || size.height < Self.minimum.height
        tabbed = size.width < 120 || size.height < 30
        title = Rect(x: 0, y: 0, width: size.width, height: 1)
        status = Rect(x: 0, y: max(0, size.height - 1), width: size.width, height: 1)
        panels = [:]
        if tabbed {
            tabs = Rect(x: 0, y: 1, width: size.width, height: 1)
            panels[visible] = Rect(x: 0, y: 2, width: size.width, height: max(0, size.height - 3))
        } else {
            tabs = nil
            let body = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
            let columns = body.columns([.percent(45), .fill(1)])
            let left = columns[0].rows([.percent(60), .fill(1)])
            let right = columns[1].rows([.percent(45), .fill(1)])
            panels = [.queue: left[0], .call: left[1], .script: right[0], .complaint: right[1]]
        }
    }

    /// The width text fields get inside a panel: its border and an indent off.
    public func fieldWidth(_ panel: ConsoleModel.Panel) -> Int {
        max(4, (panels[panel]?.width ?? 40) - 4)
    }
}
