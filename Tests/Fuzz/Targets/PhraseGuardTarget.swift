import Foundation
import HelpDeskCore
import HelpDeskStore

/// The phrase guard with every shipped rule, on any text an agent might
/// type or paste: no trap, and each hit lies inside the text on character
/// boundaries, its three ranges naming the same characters.
enum PhraseGuardTarget {
    static let phraseGuard: PhraseGuard = {
        guard let resources = try? ResourceDirectory.locate() else {
            FileHandle.standardError.write(Data("helpdesk-fuzz: no resources directory; set HELPDESK_RESOURCES\n".utf8))
            exit(2)
        }
        return resources.loadPhraseGuard(dataDirectory: nil).guard
    }()

    static func run(_ bytes: UnsafeRawBufferPointer) {
        let note = text(bytes)
        for hit in phraseGuard.check(note).hits {
            require(hit.range.lowerBound >= note.startIndex && hit.range.upperBound <= note.endIndex, "a hit outside the text")
            require(String(note[hit.range]) == hit.matched, "a hit's range and matched text differ")
            let utf16 = note.utf16.distance(from: note.startIndex, to: hit.range.lowerBound)
            require(hit.utf16Range.lowerBound == utf16 && hit.utf16Range.count == hit.matched.utf16.count, "a hit's UTF-16 range is off")
            let characters = note.distance(from: note.startIndex, to: hit.range.lowerBound)
            require(hit.characterRange.lowerBound == characters && hit.characterRange.count == hit.matched.count,
                    "a hit's character range is off")
        }
    }
}
