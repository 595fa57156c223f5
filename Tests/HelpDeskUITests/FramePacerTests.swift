import Foundation
@testable import HelpDeskUI
import Testing

/// The pacer holds a change's frame back until the interval since the last
/// frame has passed, and never holds back the first frame.
@Suite struct FramePacerTests {
    @Test func aChangeSoonAfterAFrameWaitsOutTheInterval() {
        var pacer = FramePacer(interval: .milliseconds(60))
        let clock = ContinuousClock()
        let first = clock.measure { pacer.waitForNextFrame() }
        #expect(first < .milliseconds(50), "no frame yet: nothing to wait for")
        pacer.drew()
        let paced = clock.measure { pacer.waitForNextFrame() }
        #expect(paced >= .milliseconds(55), "waited \(paced)")
        Thread.sleep(forTimeInterval: 0.08)
        let late = clock.measure { pacer.waitForNextFrame() }
        #expect(late < .milliseconds(50), "the interval had passed: \(late)")
    }
}
