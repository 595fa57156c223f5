import ColumnWidth
import Glibc
import Testing
@testable import TermRender

/// ncurses measures with the C library's `wcwidth`; if the grid measured
/// differently, columns would drift on screen. This compares every scalar.
@Suite struct WidthTableTests {
    @Test func everyPrintableScalarMeasuresAsGlibcWcwidth() throws {
        try #require(setlocale(LC_CTYPE, "C.UTF-8") != nil)
        // Glibc's Swift module hides wcwidth (it wants _XOPEN_SOURCE), so look it up.
        let symbol = try #require(dlsym(UnsafeMutableRawPointer(bitPattern: 0), "wcwidth"))
        let wcwidth = unsafeBitCast(symbol, to: (@convention(c) (wchar_t) -> Int32).self)
        var mismatches: [UInt32] = []
        for value in UInt32(0xA0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = wcwidth(wchar_t(bitPattern: value))
            guard expected >= 0 else { continue }  // unassigned or control: never drawn as is
            if displayWidth(scalar) != Int(expected) { mismatches.append(value) }
        }
        #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(10).map { String($0, radix: 16) })")
    }
}
