import Testing
@testable import HelpDeskCore
import HelpDeskSimulation

/// `IdTable` is checked against `Dictionary` as a model: any sequence of
/// sets and removals must leave both holding the same pairs. Thousands of
/// random operations on a few hundred ids run through growth, long probe
/// runs and back-shifts that wrap around the end of the slots.
@Suite struct IdTableTests {
    @Test func behavesLikeADictionaryThroughRandomSetsAndRemovals() {
        var random = SeededRandom(seed: 7)
        var table = IdTable<Int>()
        var model: [String: Int] = [:]
        for step in 0..<20_000 {
            let key = "C\(Int.random(in: 0..<300, using: &random))"
            if Bool.random(using: &random) {
                table.set(step, for: key)
                model[key] = step
            } else {
                #expect(table.removeValue(forKey: key) == model.removeValue(forKey: key))
            }
            if step % 997 == 0 {
                #expect(table.count == model.count)
                for n in 0..<300 { #expect(table["C\(n)"] == model["C\(n)"]) }
            }
        }
        #expect(table.count == model.count)
        #expect(table.allValues.sorted() == model.values.sorted())
    }

    @Test func keysAreWholeStringsInAnyScript() {
        var table = IdTable<String>()
        for key in ["", "A1", "A10", "A1 ", "坐席1", "상담원1", String(repeating: "x", count: 100)] { table.set(key, for: key) }
        #expect(table.count == 7)
        #expect(table["A1"] == "A1")
        #expect(table["A10"] == "A10")
        #expect(table["坐席1"] == "坐席1")
        #expect(table["상담원1"] == "상담원1")
        #expect(table["A2"] == nil)
        table.set("again", for: "A1")
        #expect(table.count == 7)
        #expect(table.mapValues(\.count)["A1"] == 5)
    }
}
