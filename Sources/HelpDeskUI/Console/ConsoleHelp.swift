import HelpDeskCore

/// Every key of the console, listed by `?` / F1, in the agent's language.
///
/// Written out whole per language rather than pieced from the panel labels,
/// so a Chinese or Korean agent reads a help page with no English in it.
struct ConsoleHelp {
    /// One line of the page: the keys, and what they do.
    struct Entry {
        let keys: String
        let action: String
    }

    let entries: [Entry]

    static func forLanguage(_ language: Language) -> ConsoleHelp {
        let pairs: [(String, String)] = switch language {
        case .en: english
        case .zh: chinese
        case .ko: korean
        }
        return ConsoleHelp(entries: pairs.map { Entry(keys: $0.0, action: $0.1) })
    }

    private static let english = [
        ("n / Enter", "take the next caller"),
        ("h", "hang up, after y (the wrap-up form opens: disposition by digit or ←→, a follow-up to plan)"),
        ("c", "complaint form"),
        ("m / F7", "caller's surname and title (saved for the next call), product, appointment"),
        ("r / p", "ready / pause (a reason by its digit or ←→, Tab for your own words)"),
        ("1-4, F2-F5", "queue · call · script · complaint panel"),
        ("Tab / S-Tab", "next / previous panel; in a form, next / previous field"),
        ("↑↓ j k", "move · ←→ change a choice"),
        ("Ctrl-S, F10", "save the form · Esc back, the draft kept"),
        ("Space / .", "script: line said · s skip · ⌫ or < back"),
        ("a-z 0-9", "script: the branch keys shown"),
        ("Shift+key", "script: a situation script (S silent line, Q too quiet, N noise, D dialect, C complaint)"),
        ("Ctrl-R, F6", "replace a flagged phrase in a text field"),
        ("4", "complaint panel: e escalate (asks first); a lead: t take, i instruct, b hand back, v resolve"),
        ("F8", "complaint form: discard (asks first once filled in) · a lead marks VIP or key account with *"),
        ("L", "switch the screen's language"),
        ("? / F1", "this help · q quit"),
    ]

    private static let chinese = [
        ("n / 回车", "接听下一位来电"),
        ("h", "挂断，按 y 确认（打开话后处理表：处理结果按数字或 ←→ 选择，可安排回访）"),
        ("c", "投诉登记表"),
        ("m / F7", "客户的姓和称呼（下次来电沿用）、产品、预约时间"),
        ("r / p", "就绪 / 小休（按数字或 ←→ 选原因，Tab 补充说明）"),
        ("1-4, F2-F5", "排队 · 通话 · 话术 · 投诉面板"),
        ("Tab / S-Tab", "下一个 / 上一个面板；表单中为下一项 / 上一项"),
        ("↑↓ j k", "移动 · ←→ 切换选项"),
        ("Ctrl-S, F10", "保存表单 · Esc 返回，草稿保留"),
        ("空格 / .", "话术：已说 · s 跳过 · ⌫ 或 < 返回上一步"),
        ("a-z 0-9", "话术：按所示键选择分支"),
        ("Shift+键", "话术：情景话术（S 无声电话、Q 声音太小、N 噪音、D 方言、C 投诉）"),
        ("Ctrl-R, F6", "替换文本框中被标出的忌语"),
        ("4", "投诉面板：e 升级（先确认）；组长：t 接手、i 指示、b 退回、v 解决"),
        ("F8", "投诉表：放弃（已填写时先确认） · 组长用 * 标记 VIP 或大客户"),
        ("L", "切换界面语言"),
        ("? / F1", "本帮助 · q 退出"),
    ]

    private static let korean = [
        ("n / Enter", "다음 고객 연결"),
        ("h", "통화 종료, y로 확인 (후처리 양식: 처리 결과는 숫자나 ←→로, 후속 연락 계획)"),
        ("c", "불만 접수 양식"),
        ("m / F7", "고객의 성과 호칭(다음 통화에도 사용), 제품, 방문 예약"),
        ("r / p", "준비 / 휴식 (사유는 숫자나 ←→로, Tab으로 설명 추가)"),
        ("1-4, F2-F5", "대기열 · 통화 · 스크립트 · 불만 패널"),
        ("Tab / S-Tab", "다음 / 이전 패널; 양식에서는 다음 / 이전 항목"),
        ("↑↓ j k", "이동 · ←→ 선택 바꾸기"),
        ("Ctrl-S, F10", "양식 저장 · Esc 돌아가기, 작성 내용 유지"),
        ("Space / .", "스크립트: 말함 · s 건너뛰기 · ⌫ 또는 < 뒤로"),
        ("a-z 0-9", "스크립트: 표시된 분기 키"),
        ("Shift+키", "스크립트: 상황별 스크립트 (S 무응답, Q 작은 목소리, N 소음, D 사투리, C 불만)"),
        ("Ctrl-R, F6", "입력란에서 표시된 금지 표현 바꾸기"),
        ("4", "불만 패널: e 이관 (먼저 확인); 팀장: t 인수, i 지시, b 반려, v 해결"),
        ("F8", "불만 양식: 버리기 (작성 중이면 먼저 확인) · 팀장은 * 로 VIP 또는 핵심고객 표시"),
        ("L", "화면 언어 바꾸기"),
        ("? / F1", "이 도움말 · q 끝내기"),
    ]
}
