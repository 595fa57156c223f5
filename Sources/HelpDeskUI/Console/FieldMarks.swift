import TermRender

/// How a phrase-guard hit is marked in a text field (on the cells
/// `TextEditor.screenRects` finds).
extension TextEditor {
    /// The style of a marked stretch: red and reversed, so it stands out on
    /// the underlined focused field and still shows without colour.
    static let markStyle = Style(fg: .red).bold.reversed
}
