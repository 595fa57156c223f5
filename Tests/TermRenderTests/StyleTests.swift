import Testing
@testable import TermRender

@Suite struct StyleTests {
    @Test func monochromeTurnsColourIntoAttributes() {
        #expect(Style(fg: .white, bg: .red).adapted(to: .monochrome) == Style(attributes: [.reverse]))
        #expect(Style(fg: .red).adapted(to: .monochrome) == Style(attributes: [.bold]))
        #expect(Style().underlined.adapted(to: .monochrome) == Style(attributes: [.underline]))
    }

    @Test func eightColoursFoldBrightAndPaletteColours() {
        #expect(Style(fg: .brightRed, bg: .indexed(21)).adapted(to: .basic8) == Style(fg: .red, bg: .blue))
        #expect(Style(fg: .indexed(250)).adapted(to: .basic8) == Style(fg: .white))
        #expect(Style(fg: .brightRed).adapted(to: .basic16) == Style(fg: .brightRed))
        #expect(Style(fg: .indexed(196)).adapted(to: .palette256) == Style(fg: .indexed(196)))
    }

    @Test func greyTextStaysVisibleWithoutThePalette() {
        #expect(Style(fg: .brightBlack).adapted(to: .basic8) == Style(attributes: [.dim]))
        #expect(Style(fg: .indexed(236)).adapted(to: .monochrome) == Style(attributes: [.dim]))
        #expect(Style(fg: .brightBlack).adapted(to: .basic16) == Style(fg: .brightBlack))
        #expect(Style(fg: .black, bg: .yellow).adapted(to: .basic8) == Style(fg: .black, bg: .yellow))
    }

    @Test func capabilityFollowsColourCountAndNoColor() {
        #expect(ColorCapability(colors: 256, noColor: false) == .palette256)
        #expect(ColorCapability(colors: 8, noColor: false) == .basic8)
        #expect(ColorCapability(colors: 256, noColor: true) == .monochrome)
        #expect(ColorCapability(colors: 0, noColor: false) == .monochrome)
    }

    @Test func centeredRectForDialogs() {
        let screen = Rect(x: 0, y: 0, width: 80, height: 24)
        #expect(screen.centered(width: 40, height: 10) == Rect(x: 20, y: 7, width: 40, height: 10))
        #expect(screen.centered(width: 100, height: 30) == screen)
    }
}
