import Foundation
import HelpDeskCore
import TermRender

extension WallboardModel {
    /// Applies one message. Keys only switch screens, open help or quit:
    /// the wallboard has no way to change the floor.
    public mutating func update(_ message: WallboardMessage) {
        switch message {
        case .key(let key):
            handle(key)
        case .floor(let events, let state, let at):
            for event in events { fold.apply(event) }
            live = state
            now = at
            failure = nil
            refigure()
        case .tick(let at):
            now = at
            refigure()
        case .failed(let reason):
            failure = reason
        }
    }

    private mutating func handle(_ key: Key) {
        if case .resize(let width, let height) = key {
            size = Size(width: width, height: height)
            return
        }
        if key == .char("q") || key == .char("Q") {
            quitting = true
            return
        }
        if showHelp {
            showHelp = false
            return
        }
        let before = screen
        switch key {
        case .char("?"), .function(1): showHelp = true
        case .char("1"), .char("t"): screen = .today
        case .char("2"), .char("h"): screen = .hour
        case .char("3"), .char("u"): screen = .queues
        case .char("4"), .char("m"): screen = .teams
        case .tab: screen = Screen(rawValue: (screen.rawValue + 1) % Screen.allCases.count)!
        case .backTab: screen = Screen(rawValue: (screen.rawValue + Screen.allCases.count - 1) % Screen.allCases.count)!
        default: break
        }
        if screen != before { refigure() }
    }
}
