import Foundation
import HelpDeskCore
import HelpDeskStore
import HelpDeskUI
import NcursesTerminal
import TermRender

/// The console's frame costs (issue 3): building and diffing one frame with
/// 10,000 waiting callers at 240x67, the bytes ncurses writes for an idle
/// frame and for a frame where one queue row changed, and the time from
/// opening a data directory to the first frame on the terminal.
struct ConsoleBench {
    static let size = Size(width: 240, height: 67)
    let me = RosterEntry(user: "bench", agent: "1001", name: "王芳")
    /// One code each: the frames measured show no wrap-up or pause form.
    let codes = FloorCodes(dispositions: ReasonCodeList(codes: [ReasonCode(code: "answered", labels: [:])]),
                           pauseReasons: ReasonCodeList(codes: [ReasonCode(code: "break", labels: [:])]))

    /// A floor of `count` waiting callers with CJK and Latin names.
    func floor(callers count: Int) -> (LiveState, Date) {
        var state = LiveState()
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        let names = ["张伟", "김민준", "Emma O'Brien", "欧阳秀英", "박서연", "Oliver Smith"]
        for n in 0..<count {
            let customer = Customer(name: names[n % names.count] + "\(n)", phone: "138\(n)",
                                    tier: n % 17 == 0 ? .vip : .regular)
            let call = Call(id: "C\(n + 1)", customer: customer, category: ServiceCategory.allCases[n % 6],
                            enqueuedAt: start.addingTimeInterval(Double(n) * 0.5))
            state.apply(Event(seq: n + 1, at: call.enqueuedAt, agent: nil, user: "bench", body: .callRung(CallRung(call: call))))
        }
        return (state, start.addingTimeInterval(Double(count) * 0.5 + 30))
    }

    /// Milliseconds per frame (render + diff against the previous frame),
    /// the clock moving one second a frame so every visible wait changes.
    func frameTimes(callers: Int, frames: Int) -> (mean: Double, p99: Double) {
        let (state, now) = floor(callers: callers)
        var model = ConsoleModel(me: me, text: .forLanguage(.zh), live: state, now: now, size: Self.size, codes: codes)
        var previous = ConsoleView(model: model).render().buffer
        var times: [Double] = []
        for frame in 1...frames {
            _ = model.update(.tick(now.addingTimeInterval(Double(frame))))
            let started = DispatchTime.now().uptimeNanoseconds
            let buffer = ConsoleView(model: model).render().buffer
            let changes = diff(previous, buffer)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6)
            precondition(!changes.isEmpty, "the clock moved, so the frame must change")
            previous = buffer
        }
        return (times.reduce(0, +) / Double(times.count), percentile(times, 0.99))
    }

    /// Bytes ncurses writes (to a file standing in for the tty) for an idle
    /// frame and for one where a single queue row changed.
    func frameBytes(file: String) throws -> (idle: Int, oneRow: Int) {
        let (state, now) = floor(callers: 200)
        let terminal = try NcursesTerminal.headless(width: Self.size.width, height: Self.size.height, outputPath: file)
        defer { terminal.close() }
        var model = ConsoleModel(me: me, text: .forLanguage(.zh), live: state, now: now, size: Self.size, codes: codes)
        terminal.draw(ConsoleView(model: model).render().buffer, cursor: nil)
        terminal.draw(ConsoleView(model: model).render().buffer, cursor: nil)
        let idle = terminal.lastFrameBytes ?? -1
        var changed = state
        let head = model.queue[0]
        var renamed = head.customer
        renamed.name = "李娜"
        changed.apply(Event(seq: state.lastSeq + 1, at: now, agent: "9001", user: "bench",
                            body: .customerUpdated(CustomerUpdated(customer: renamed, call: head.id))))
        _ = model.update(.floor(changed, at: now))
        terminal.draw(ConsoleView(model: model).render().buffer, cursor: nil)
        return (idle, terminal.lastFrameBytes ?? -1)
    }

    /// Milliseconds from opening the data directory at `path` to the first
    /// frame drawn on a (headless) terminal: what an agent waits at start.
    func firstFrame(path: String) throws -> Double {
        try firstFrame { try DataDirectoryStore(path: path) }
    }

    /// The same from opening any floor (`open`): a directory or a database.
    func firstFrame(opening open: () throws -> any FloorStore) throws -> Double {
        let started = DispatchTime.now().uptimeNanoseconds
        let store = try open()
        let terminal = try NcursesTerminal.headless(width: Self.size.width, height: Self.size.height)
        defer { terminal.close() }
        let model = ConsoleModel(me: me, text: .forLanguage(.zh), live: store.state, now: Date(), size: Self.size, codes: codes)
        terminal.draw(ConsoleView(model: model).render().buffer, cursor: nil)
        return Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
    }
}

/// The console rows of the benchmark, as printed lines.
func runConsoleBench(scratch: String) throws -> String {
    let bench = ConsoleBench()
    let frame = bench.frameTimes(callers: 10_000, frames: 200)
    let bytes = try bench.frameBytes(file: scratch + "/console-frame-bytes.out")
    return """
    console: frame build + diff, 10,000 waiting callers at 240x67: mean \(String(format: "%.3f", frame.mean)) ms, p99 \(String(format: "%.3f", frame.p99)) ms (target < 2 ms)
    console: bytes to the terminal: idle frame \(bytes.idle) (target 0), one queue row changed \(bytes.oneRow) (target < 200)
    """
}
