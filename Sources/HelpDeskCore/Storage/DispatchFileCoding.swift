import Foundation

/// `dispatches.json` written and read straight from the bytes. Through
/// `JSONEncoder`/`JSONDecoder` a 100,000-volume file took about half a second
/// each way, most of an import; the file has one flat shape, so this writes
/// exactly the bytes `JournalCoding.encoder(pretty: true)` would (tests
/// compare them) and reads that shape back. Anything else — a hand-edited
/// file with another key, an escape or number form this reader does not
/// take, a volume that fails its checks — goes to `JSONDecoder`, so what is
/// accepted and every error message are its.
public enum DispatchFileCoding {
    public static func encode(_ file: DispatchVolumes) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 + file.volumes.count * 96)
        out += Array("{\n  \"version\" : \(file.version),\n  \"volumes\" : [\n".utf8)
        for (n, v) in file.volumes.enumerated() {
            out += Array("    {\n      \"branch\" : ".utf8)
            appendString(v.branch, to: &out)
            out += Array(",\n      \"dispatches\" : \(v.dispatches),\n      \"month\" : ".utf8)
            appendString(v.month, to: &out)
            out += Array(n == file.volumes.count - 1 ? "\n    }\n".utf8 : "\n    },\n".utf8)
        }
        out += Array(file.volumes.isEmpty ? "\n  ]\n}".utf8 : "  ]\n}".utf8)
        return out
    }

    public static func decode(_ bytes: [UInt8]) throws -> DispatchVolumes {
        if let file = bytes.withUnsafeBufferPointer(fast) { return file }
        return try JournalCoding.decoder().decode(DispatchVolumes.self, from: Data(bytes))
    }

    private static let fileKeys: [StaticString] = ["version", "volumes"]
    private static let volumeKeys: [StaticString] = ["branch", "dispatches", "month"]

    /// The file read from its bytes, or nil to let `JSONDecoder` read it.
    private static func fast(_ bytes: UnsafeBufferPointer<UInt8>) -> DispatchVolumes? {
        var s = JSONScanner(bytes: bytes)
        var top: [Range<Int>?] = [nil, nil]
        var field: [Range<Int>?] = [nil, nil, nil]
        guard top.withUnsafeMutableBufferPointer({ s.object(fileKeys, into: $0) }) == 0b11, s.atEnd(),
              let version = s.int(top[0]), let list = top[1] else { return nil }
        var file = DispatchVolumes()
        file.version = version
        let read = s.eachElement(list) { element in
            guard field.withUnsafeMutableBufferPointer({ element.object(volumeKeys, into: $0) }) == 0b111,
                  let branch = element.string(field[0]), let dispatches = element.int(field[1]),
                  let month = element.string(field[2]) else { return false }
            let volume = DispatchVolume(branch: branch, month: month, dispatches: dispatches)
            guard volume.problem == nil else { return false }
            file.volumes.append(volume)
            return true
        }
        return read ? file : nil
    }

    /// A JSON string as `JSONEncoder` writes it: quote, backslash and
    /// control characters escaped (the short forms where JSON has them), `/`
    /// and everything else as it is.
    private static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(0x22)
        for c in text.utf8 {
            switch c {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x08: out += [0x5C, 0x62]
            case 0x0C: out += [0x5C, 0x66]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += [0x5C, 0x75, 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 0xF)]]
            default: out.append(c)
            }
        }
        out.append(0x22)
    }
}
