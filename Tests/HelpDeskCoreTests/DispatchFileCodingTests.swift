import Foundation
import HelpDeskCore
import Testing

/// `dispatches.json` read and written from the bytes must be the file
/// `JSONEncoder` writes and what `JSONDecoder` reads, errors included.
struct DispatchFileCodingTests {
    /// The file read, or the error's full description.
    private func outcome(_ read: () throws -> DispatchVolumes) -> String {
        do { return "read \(try read())" } catch { return "failed \(error)" }
    }

    @Test func writesTheBytesJSONEncoderWrites() throws {
        let files = [
            DispatchVolumes(),
            DispatchVolumes(volumes: [DispatchVolume(branch: "北京", month: "2026-11", dispatches: 20000)]),
            DispatchVolumes(volumes: [
                DispatchVolume(branch: #"Guangzhou, "Tianhe" \ 天河/</"#, month: "2026-09", dispatches: 1),
                DispatchVolume(branch: "a\u{1}\u{1F}\t\n\u{8}\u{C}\r\u{7F}\u{2028}é", month: "m", dispatches: -2),
                DispatchVolume(branch: "김민준", month: "2026-12", dispatches: DispatchVolume.maximum),
            ]),
        ]
        for file in files {
            let expected = [UInt8](try JournalCoding.encoder(pretty: true).encode(file))
            #expect(DispatchFileCoding.encode(file) == expected, "\(String(decoding: expected, as: UTF8.self))")
        }
    }

    @Test func readsBackWhatItWrites() throws {
        let file = DispatchVolumes(volumes: (0..<500).map {
            DispatchVolume(branch: "分部\($0 % 50) \"q\"", month: "2026-\($0 % 12 < 9 ? "0" : "")\($0 % 12 + 1)", dispatches: 1 + $0)
        })
        #expect(try DispatchFileCoding.decode(DispatchFileCoding.encode(file)) == file)
        #expect(try DispatchFileCoding.decode(DispatchFileCoding.encode(DispatchVolumes())) == DispatchVolumes())
    }

    /// Hand-edited files: other spacing, order, escapes, extra keys, bad
    /// values. Each reads as JSONDecoder reads it, or fails as it fails.
    @Test func aHandEditedFileReadsAsJSONDecoderReadsIt() {
        let files = [
            #"{"version":1,"volumes":[{"month":"2026-09","dispatches":5,"branch":"深圳"}]}"#,
            #"{"volumes":[],"version":2}"#,
            #" { "version" : 1 , "volumes" : [ { "branch" : "\u6df1\u5733", "month" : "2026-09", "dispatches" : 7 } ] } "#,
            #"{"version":1,"volumes":[{"branch":"深圳","month":"2026-09","dispatches":7,"note":"x"}]}"#,
            #"{"version":1,"volumes":[{"branch":"深圳","month":"2026-09","dispatches":7.0}]}"#,
            #"{"version":1,"volumes":[{"branch":"深圳","month":"2026-09","dispatches":9223372036854775807}]}"#,
            #"{"version":1,"volumes":[{"branch":"深圳","month":"2026-09","dispatches":1000000001}]}"#,
            #"{"version":1,"volumes":[{"branch":"深圳","month":"2026-09","dispatches":0}]}"#,
            #"{"version":1,"volumes":[{"branch":"../x","month":"2026-09","dispatches":3}]}"#,
            #"{"version":1,"volumes":[{"branch":"a\u001bb","month":"2026-09","dispatches":3}]}"#,
            #"{"version":1,"volumes":[{"branch":"深圳","month":"2026-13","dispatches":3}]}"#,
            #"{"version":1,"volumes":[{"branch":"深圳","month":"2026-09"}]}"#,
            #"{"version":1,"volumes":[{"branch":"深圳","month":"2026-09","dispatches":3},]}"#,
            #"{"version":1,"volumes":[{"branch":"深圳","month":"2026-09","dispatches":3}] trailing"#,
            #"{"version":1,"volumes":[{"branch":"深圳","month":"2026-09","dispatches":03}]}"#,
            #"{"version":1}"#,
            #"[]"#,
            "",
        ]
        for file in files {
            let bytes = Array(file.utf8)
            #expect(outcome { try DispatchFileCoding.decode(bytes) }
                    == outcome { try JournalCoding.decoder().decode(DispatchVolumes.self, from: Data(bytes)) }, "\(file)")
        }
    }
}
