import HelpDeskCore
@testable import HelpDeskUI
import Testing

@Suite struct WallboardMaskTests {
    @Test(arguments: [
        ("张伟", "张", "张**"), ("欧阳秀英", "欧阳", "欧阳**"), ("김민준", "김", "김**"), ("Kim Minjun", "Kim", "Kim**"),
        ("张伟", nil, "张**"), ("김민준", nil, "김**"), ("Kim Minjun", nil, "K**"), ("Emma O'Brien", "O'Brien", "E**"),
        ("Ann Lee", nil, "A**"), ("Li", nil, "L**"), ("  王  ", nil, "王**"), ("", nil, ""),
    ] as [(String, String?, String)])
    func namesKeepOnlyTheSurnameOrFirstLetter(name: String, surname: String?, masked: String) {
        #expect(CallerMask.name(name, surname: surname) == masked)
    }

    @Test func aSurnameFieldCannotRevealTheWholeName() {
        #expect(CallerMask.name("张伟", surname: "张伟") == "张**")
        #expect(CallerMask.name("张伟明", surname: "张伟") == "张**")
        #expect(CallerMask.name("Bo", surname: "Bo") == "B**")
    }

    @Test(arguments: [
        ("13812345678", "138****5678"), ("01012345678", "010****5678"), ("+8613812345678", "+86*******5678"),
        ("138 1234 5678", "138****5678"), ("07700900", "****0900"), ("555123", "****23"), ("110", "***"), ("", ""),
    ])
    func phonesKeepOnlyTheirEnds(phone: String, masked: String) {
        #expect(CallerMask.phone(phone) == masked)
    }

    @Test func controlCharactersNeverSurviveMasking() {
        let masked = CallerMask.name("\u{1B}[2J张伟")
        #expect(!masked.unicodeScalars.contains { $0.value < 0x20 })
        #expect(CallerMask.phone("138\u{07}12345678").allSatisfy { $0 != "\u{07}" })
    }

    @Test func privacyUnmaskedShowsTheCallerAsGiven() {
        let c = Customer(name: "张伟", surname: "张", phone: "13812345678")
        #expect(CallerPrivacy.masked.name(c) == "张**")
        #expect(CallerPrivacy.masked.phone(c) == "138****5678")
        #expect(CallerPrivacy.unmasked.name(c) == "张伟")
        #expect(CallerPrivacy.unmasked.phone(c) == "13812345678")
    }
}
