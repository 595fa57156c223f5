import Foundation

/// Reads a hand-edited JSON object field by field and collects every problem
/// as a `LoadIssue` instead of stopping at the first. Codable would stop at the
/// first error and cannot flag a misspelt field ("nxt" for "next"), which is
/// the mistake a lead editing a file is most likely to make.
struct JSONFieldReader {
    let file: String
    private(set) var issues: [LoadIssue] = []

    init(file: String) { self.file = file }

    mutating func report(_ item: String?, _ field: String, _ message: String) {
        issues.append(LoadIssue(file: file, item: item, field: field, message: message))
    }

    /// Parses the file's top level, which must be an object.
    mutating func root(_ data: Data) -> [String: Any]? {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            report(nil, "", "not valid JSON (\(Self.describe(error)))")
            return nil
        }
        guard let object = parsed as? [String: Any] else {
            report(nil, "", "the top level must be a JSON object")
            return nil
        }
        return object
    }

    /// Flags fields the format does not know, so typos do not pass silently.
    mutating func rejectUnknown(_ object: [String: Any], allowed: Set<String>, item: String?, prefix: String = "") {
        for key in object.keys.sorted() where !allowed.contains(key) {
            report(item, prefix + key, "unknown field (expected one of: \(allowed.sorted().joined(separator: ", ")))")
        }
    }

    /// The value under `key` as a `T`; reports it `missing` (when required)
    /// or `wrongType`, and gives nil then.
    private mutating func field<T>(_ object: [String: Any], _ key: String, item: String?, prefix: String, required: Bool,
                                   as type: T.Type, _ wrongType: String) -> T? {
        guard let value = object[key] else {
            if required { report(item, prefix + key, "missing") }
            return nil
        }
        guard let typed = value as? T else {
            report(item, prefix + key, wrongType)
            return nil
        }
        return typed
    }

    mutating func string(_ object: [String: Any], _ key: String, item: String?, prefix: String = "", required: Bool) -> String? {
        guard let text = field(object, key, item: item, prefix: prefix, required: required, as: String.self, "must be a string")
        else { return nil }
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            report(item, prefix + key, "must not be empty")
            return nil
        }
        return text
    }

    mutating func integer(_ object: [String: Any], _ key: String, item: String?, prefix: String = "", required: Bool) -> Int? {
        guard let value = object[key] else {
            if required { report(item, prefix + key, "missing") }
            return nil
        }
        guard let number = value as? NSNumber, !(value is Bool), number.doubleValue == number.doubleValue.rounded() else {
            report(item, prefix + key, "must be a whole number")
            return nil
        }
        return number.intValue
    }

    mutating func bool(_ object: [String: Any], _ key: String, item: String?, prefix: String = "") -> Bool? {
        field(object, key, item: item, prefix: prefix, required: false, as: Bool.self, "must be true or false")
    }

    mutating func strings(_ object: [String: Any], _ key: String, item: String?, prefix: String = "", required: Bool) -> [String]? {
        guard let list = field(object, key, item: item, prefix: prefix, required: required, as: [Any].self,
                               "must be a list of strings") else { return nil }
        var result: [String] = []
        for (index, element) in list.enumerated() {
            guard let text = element as? String, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                report(item, "\(prefix)\(key)[\(index)]", "must be a non-empty string")
                continue
            }
            result.append(text)
        }
        if required && result.isEmpty && list.isEmpty { report(item, prefix + key, "must not be empty") }
        return result
    }

    mutating func objects(_ object: [String: Any], _ key: String, item: String?, prefix: String = "", required: Bool) -> [[String: Any]]? {
        guard let list = field(object, key, item: item, prefix: prefix, required: required, as: [Any].self,
                               "must be a list of objects") else { return nil }
        var result: [[String: Any]] = []
        for (index, element) in list.enumerated() {
            guard let entry = element as? [String: Any] else {
                report(item, "\(prefix)\(key)[\(index)]", "must be an object")
                continue
            }
            result.append(entry)
        }
        return result
    }

    mutating func object(_ object: [String: Any], _ key: String, item: String?, prefix: String = "", required: Bool) -> [String: Any]? {
        field(object, key, item: item, prefix: prefix, required: required, as: [String: Any].self, "must be an object")
    }

    /// A text given in every language the floor speaks: {"zh-Hans": …, "en": …, "ko": …}.
    mutating func localized(_ object: [String: Any], _ key: String, item: String?, prefix: String = "", required: Bool) -> LocalizedText? {
        guard let entry = self.object(object, key, item: item, prefix: prefix, required: required) else { return nil }
        let field = prefix + key
        var texts: [Language: String] = [:]
        for name in entry.keys.sorted() {
            guard let language = Language(rawValue: name) else {
                report(item, "\(field).\(name)", "unknown language (expected \(Language.allCases.map(\.rawValue).joined(separator: ", ")))")
                continue
            }
            if let text = string(entry, name, item: item, prefix: field + ".", required: true) {
                texts[language] = text
            }
        }
        var complete = true
        for language in Language.allCases where entry[language.rawValue] == nil {
            report(item, "\(field).\(language.rawValue)", "missing \(language.rawValue) text")
            complete = false
        }
        return complete && texts.count == Language.allCases.count ? LocalizedText(texts) : nil
    }

    private static func describe(_ error: any Error) -> String {
        let ns = error as NSError
        return (ns.userInfo[NSDebugDescriptionErrorKey] as? String) ?? ns.localizedDescription
    }
}
