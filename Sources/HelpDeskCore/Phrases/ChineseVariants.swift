import Foundation

/// Traditional characters folded to simplified ones, so a rule written in
/// simplified Chinese ("没有办法") also catches it typed on a traditional,
/// Hong Kong or Taiwan input method ("沒有辦法", "説明書"). OpenCC's
/// dictionaries give the pairs for every ideograph (`OpenCCTable`, generated
/// from them and checked against them by `OpenCCTableTests`); ICU's
/// Simplified→Traditional transform over the characters the rules use (plus
/// the traditional forms ICU does not pick for one-to-many characters) adds
/// what OpenCC maps only inside phrases (麼 → 么 as in 這麼).
public enum ChineseVariants {
    /// Traditional → simplified for traditional forms ICU maps elsewhere.
    static let extra: [Character: Character] = [
        "裡": "里", "裏": "里", "麽": "么", "後": "后", "乾": "干", "幹": "干", "髮": "发", "發": "发",
        "於": "于", "臺": "台", "颱": "台", "檯": "台", "著": "着", "鬆": "松", "隻": "只", "衹": "只",
        "祇": "只", "纔": "才", "捨": "舍", "嚮": "向", "鐘": "钟", "鍾": "钟", "甦": "苏", "蘇": "苏",
        "瞭": "了", "歷": "历", "曆": "历", "準": "准", "製": "制", "係": "系", "繫": "系", "餘": "余",
        "週": "周", "復": "复", "複": "复", "覆": "复", "範": "范", "麵": "面", "彆": "别", "鬧": "闹", "説": "说",
    ]

    /// Where the folding comes from: OpenCC's table plus ICU (the default), or
    /// the rules' own characters through ICU alone (the benchmark's yardstick).
    public enum Source: Sendable {
        case openCC, ruleCharacters
    }

    /// Pairs (traditional scalar, simplified scalar) covering the characters in `texts`.
    static func foldPairs(for texts: [String], source: Source) -> [(traditional: UInt32, simplified: UInt32)] {
        let rules = transformPairs(for: texts)
        guard source == .openCC else { return rules }
        let known = Set(openCC.map(\.traditional))
        return canonical(openCC + rules.filter { !known.contains($0.traditional) })
    }

    /// The pairs of `OpenCCTable`, read once.
    static let openCC: [(traditional: UInt32, simplified: UInt32)] = {
        let scalars = OpenCCTable.pairs.unicodeScalars.filter { $0 != "\n" && $0 != " " }.map(\.value)
        return stride(from: 0, to: scalars.count - 1, by: 2).map { (scalars[$0], scalars[$0 + 1]) }
    }()

    /// `pairs` without those whose traditional side is another pair's
    /// simplified side (著 → 着 in Taiwan, while 着 is simplified Chinese
    /// itself), so folding is one step and the same for the rules and the text.
    static func canonical(_ pairs: [(traditional: UInt32, simplified: UInt32)]) -> [(traditional: UInt32, simplified: UInt32)] {
        let targets = Set(pairs.map(\.simplified))
        return pairs.filter { !targets.contains($0.traditional) }.sorted { $0.traditional < $1.traditional }
    }

    /// The fallback: ICU's transform over the characters of `texts`.
    static func transformPairs(for texts: [String]) -> [(traditional: UInt32, simplified: UInt32)] {
        var pairs: [UInt32: UInt32] = [:]
        var seen: Set<Character> = []
        let transform = StringTransform("Simplified-Traditional")
        for text in texts {
            for character in text where character.unicodeScalars.count == 1 && seen.insert(character).inserted {
                guard let simplified = character.unicodeScalars.first, isIdeograph(simplified.value) else { continue }
                if let traditional = String(character).applyingTransform(transform, reverse: false),
                   traditional.unicodeScalars.count == 1, let only = traditional.unicodeScalars.first,
                   only != simplified {
                    pairs[only.value] = simplified.value
                }
            }
        }
        for (traditional, simplified) in extra where seen.contains(simplified) {
            pairs[traditional.unicodeScalars.first!.value] = simplified.unicodeScalars.first!.value
        }
        return pairs.map { ($0.key, $0.value) }
    }

    static func isIdeograph(_ value: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) || (0xF900...0xFAFF).contains(value)
    }
}
