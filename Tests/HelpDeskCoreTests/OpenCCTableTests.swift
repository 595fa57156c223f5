import COpenCC
import Foundation
import Testing
@testable import HelpDeskCore

/// The phrase guard folds traditional, Hong Kong and Taiwan characters with
/// a table generated from OpenCC's own dictionaries (`OpenCCTable`), so the
/// console does not spend a quarter of a second at every start converting
/// every ideograph. This test converts them again through OpenCC and fails
/// while the table differs; `RECORD_OPENCC=1` rewrites it.
@Suite("OpenCC table")
struct OpenCCTableTests {
    /// The configurations whose mappings are merged, in order (first wins).
    static let configurations = ["t2s.json", "hk2s.json", "tw2s.json"]

    @Test("the shipped table is what OpenCC's t2s, hk2s and tw2s give, character by character")
    func tableIsOpenCCs() throws {
        let live = try #require(Self.livePairs(), "OpenCC's configuration files could not be opened (libopencc-dev)")
        let shipped = ChineseVariants.openCC
        if ProcessInfo.processInfo.environment["RECORD_OPENCC"] != nil {
            try Self.record(live)
        } else {
            #expect(shipped.map(\.traditional) == live.map(\.traditional) && shipped.map(\.simplified) == live.map(\.simplified),
                    "Sources/HelpDeskCore/Phrases/OpenCCTable.swift differs from OpenCC: RECORD_OPENCC=1 swift test --filter OpenCCTableTests")
        }
        #expect(live.count > 3_000)
        let samples: [(Unicode.Scalar, Unicode.Scalar)] = [("説", "说"), ("說", "说"), ("裏", "里"), ("麼", "么"), ("著", "着"), ("沒", "没"), ("辦", "办")]
        for (traditional, simplified) in samples {
            #expect(live.contains { $0.traditional == traditional.value && $0.simplified == simplified.value }, "\(traditional) → \(simplified)")
        }
    }

    /// Every ideograph of the BMP through each configuration, each on its own
    /// line so that OpenCC's phrase tables never apply; a character that
    /// becomes one other character is a pair.
    static func livePairs() -> [(traditional: UInt32, simplified: UInt32)]? {
        let ideographs = Array(0x3400...0x4DBF) + Array(0x4E00...0x9FFF) + Array(0xF900...0xFAFF)
        let scalars = ideographs.compactMap { Unicode.Scalar(UInt32($0)) }
        var input = ""
        for scalar in scalars {
            input.unicodeScalars.append(scalar)
            input.unicodeScalars.append("\n")
        }
        var found: [UInt32: UInt32] = [:]
        for configuration in configurations {
            guard let lines = convert(input, configuration: configuration), lines.count == scalars.count else { return nil }
            for (scalar, line) in zip(scalars, lines) {
                let result = line.unicodeScalars
                guard result.count == 1, let only = result.first, only != scalar, found[scalar.value] == nil else { continue }
                found[scalar.value] = only.value
            }
        }
        return ChineseVariants.canonical(found.map { ($0.key, $0.value) })
    }

    /// `text` through one OpenCC configuration, split at line ends.
    static func convert(_ text: String, configuration: String) -> [Substring]? {
        guard let converter = opencc_open(configuration), converter != UnsafeMutableRawPointer(bitPattern: -1) else { return nil }
        defer { opencc_close(converter) }
        let utf8 = Array(text.utf8CString)
        guard let output = utf8.withUnsafeBufferPointer({ opencc_convert_utf8(converter, $0.baseAddress, $0.count - 1) }) else { return nil }
        defer { opencc_convert_utf8_free(output) }
        return Array(String(cString: output).split(separator: "\n", omittingEmptySubsequences: false).dropLast())
    }

    /// Writes `OpenCCTable.swift`: the pairs as characters, 40 pairs a line.
    static func record(_ pairs: [(traditional: UInt32, simplified: UInt32)]) throws {
        var body = ""
        for (index, pair) in pairs.enumerated() {
            if index % 40 == 0 { body += index == 0 ? "        " : "\n        " }
            body.unicodeScalars.append(Unicode.Scalar(pair.traditional)!)
            body.unicodeScalars.append(Unicode.Scalar(pair.simplified)!)
        }
        let source = """
            // Generated from OpenCC's t2s, hk2s and tw2s dictionaries (Debian libopencc-dev)
            // by OpenCCTableTests: RECORD_OPENCC=1 swift test --filter OpenCCTableTests
            // rewrites it; the test fails while it differs from what OpenCC gives.

            /// Traditional, Hong Kong and Taiwan characters and their simplified forms,
            /// as consecutive pairs of characters, lines broken for reading (see `ChineseVariants`).
            enum OpenCCTable {
                static let pairs = \"\"\"
            \(body)
                    \"\"\"
            }

            """
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/HelpDeskCore/Phrases/OpenCCTable.swift")
        try source.write(to: file, atomically: true, encoding: .utf8)
    }
}
