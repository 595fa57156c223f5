import Foundation

/// One entry of a configured code list: a disposition ("how the call
/// ended") or a pause reason. Reports count by `code`, so the figures stay
/// comparable whatever language the agent reads the label in.
public struct ReasonCode: Sendable, Equatable {
    public var code: String
    public var labels: [Language: String]
    /// A disposition meaning nobody was there to help (a silent line): such a
    /// call is never resolved on first contact.
    public var silentLine: Bool
    /// A disposition meaning the customer is to be called again (not
    /// convenient now, call back needed): the wrap-up must say when, and a
    /// follow-up call so wrapped up is rescheduled, not done.
    public var callsAgain: Bool

    public init(code: String, labels: [Language: String], silentLine: Bool = false, callsAgain: Bool = false) {
        self.code = code
        self.labels = labels
        self.silentLine = silentLine
        self.callsAgain = callsAgain
    }

    public func label(in language: Language) -> String { labels[language] ?? code }
}

/// A configured list of codes, in the order they are offered: the first nine
/// are chosen with the digits 1–9, any of them with the arrows.
public struct ReasonCodeList: Sendable, Equatable {
    public var codes: [ReasonCode]

    public init(codes: [ReasonCode]) { self.codes = codes }

    public subscript(code: String) -> ReasonCode? { codes.first { $0.code == code } }

    /// The code, or a refusal naming the codes there are.
    public func require(_ code: String, field: String) throws -> ReasonCode {
        guard let found = self[code] else {
            let known = codes.map(\.code).joined(separator: ", ")
            throw DomainError.invalid(field: field, reason: "\"\(code)\" is not a configured code (known: \(known))")
        }
        return found
    }

    /// The label to show for a recorded code; a code no longer configured
    /// (or free text from before codes) shows as written.
    public func label(_ code: String, in language: Language) -> String { self[code]?.label(in: language) ?? code }
}

extension ReasonCodeList: Decodable {
    private enum Key: String, CodingKey { case codes }
    private enum EntryKey: String, CodingKey { case code, labels, silentLine, callsAgain }

    public init(from decoder: any Decoder) throws {
        var list = try decoder.container(keyedBy: Key.self).nestedUnkeyedContainer(forKey: .codes)
        var codes: [ReasonCode] = []
        while !list.isAtEnd {
            let item = try list.nestedContainer(keyedBy: EntryKey.self)
            let code = try item.decode(String.self, forKey: .code)
            guard !code.isEmpty, code.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
            else {
                throw DecodingError.dataCorruptedError(forKey: .code, in: item,
                                                       debugDescription: "\"\(code)\" must be lower-case letters, digits and '-'")
            }
            guard !codes.contains(where: { $0.code == code }) else {
                throw DecodingError.dataCorruptedError(forKey: .code, in: item, debugDescription: "\"\(code)\" is listed twice")
            }
            codes.append(ReasonCode(code: code, labels: try LanguageLabels.decode(from: item, forKey: .labels),
                                    silentLine: try item.decodeIfPresent(Bool.self, forKey: .silentLine) ?? false,
                                    callsAgain: try item.decodeIfPresent(Bool.self, forKey: .callsAgain) ?? false))
        }
        guard !codes.isEmpty else {
            throw DecodingError.dataCorrupted(.init(codingPath: [Key.codes], debugDescription: "list at least one code"))
        }
        self.init(codes: codes)
    }
}

/// The floor's configured codes (`Resources/codes/`): how a call ended and
/// why an agent pauses.
public struct FloorCodes: Sendable, Equatable {
    public static let fileNames = (dispositions: "dispositions.json", pauseReasons: "pause-reasons.json")

    public var dispositions: ReasonCodeList
    public var pauseReasons: ReasonCodeList

    public init(dispositions: ReasonCodeList, pauseReasons: ReasonCodeList) {
        self.dispositions = dispositions
        self.pauseReasons = pauseReasons
    }

    /// Parses both files; the error names the file and the field that is wrong.
    public static func decode(dispositions: Data, pauseReasons: Data) throws(ComplaintConfigError) -> FloorCodes {
        func parse(_ data: Data, _ file: String) throws(ComplaintConfigError) -> ReasonCodeList {
            do { return try JSONDecoder().decode(ReasonCodeList.self, from: data) } catch {
                throw ComplaintConfigError.decoding(error, file: file)
            }
        }
        return FloorCodes(dispositions: try parse(dispositions, fileNames.dispositions),
                          pauseReasons: try parse(pauseReasons, fileNames.pauseReasons))
    }
}
