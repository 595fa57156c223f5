import HelpDeskCore

/// The wallboard's labels in the floor's three languages. Kept apart from
/// `UIText` so the console's labels and the wallboard's grow independently;
/// a missing translation is still a compile error.
public struct WallboardText: Sendable {
    public var title, today, thisHour, perQueue, perTeam, readOnly, masked, unmasked: String
    public var queueNow, waiting, longestWait, readyAgents, emptyQueue: String
    public var service, offered, answered, abandoned, shortAbandons: String
    public var serviceLevel, serviceLevelWithAbandons, asa, aht, abandonRate, fcr: String
    /// "target {p}% within {s} s", with the placeholders filled by `target(_:)`.
    public var targetFormat: String
    public var agents, handled, queueColumn, teamColumn, noTeam, noAgents: String
    /// An agent whose console died: "lost, seen" and the time last seen.
    public var lostSeen: String
    public var complaints, open, overdue, escalations, followUpsDue, followUpsOverdue, filedByCategory: String
    public var satisfaction, satisfiedShare, noneFiled: String
    public var alertServiceLevel, alertCallers, alertOverdue, allClear: String
    public var keys: String
    public var helpLines: [String]
    public var tooSmall: String

    public static func forLanguage(_ language: Language) -> WallboardText {
        switch language {
        case .zh: .chinese
        case .en: .english
        case .ko: .korean
        }
    }

    /// The threshold as text, such as "target 80% within 20 s".
    public func target(_ t: ServiceLevelTarget) -> String {
        targetFormat.replacingOccurrences(of: "{p}", with: plainNumber(t.percent))
            .replacingOccurrences(of: "{s}", with: plainNumber(t.seconds))
    }

    private func plainNumber(_ v: Double) -> String {
        v == v.rounded() ? String(Int(v)) : String(v)
    }

    static let english = WallboardText(
        title: "Wallboard", today: "Today", thisHour: "This hour", perQueue: "Queues", perTeam: "Teams", readOnly: "read-only",
        masked: "names masked", unmasked: "NAMES SHOWN",
        queueNow: "Queue now", waiting: "Waiting", longestWait: "Longest wait", readyAgents: "Ready agents",
        emptyQueue: "No callers waiting",
        service: "Service", offered: "Offered", answered: "Answered", abandoned: "Abandoned", shortAbandons: "short",
        serviceLevel: "Service level", serviceLevelWithAbandons: "SL incl. abandons", asa: "ASA", aht: "AHT",
        abandonRate: "Abandon rate", fcr: "FCR", targetFormat: "target {p}% within {s} s",
        agents: "Agents", handled: "Handled", queueColumn: "Queue", teamColumn: "Team", noTeam: "(no team)",
        noAgents: "No agents on the floor", lostSeen: "Lost, seen",
        complaints: "Complaints", open: "Open", overdue: "Overdue", escalations: "Escalations waiting",
        followUpsDue: "Follow-ups due", followUpsOverdue: "Follow-ups late", filedByCategory: "Filed by category",
        satisfaction: "Satisfaction", satisfiedShare: "rated 4–5", noneFiled: "None filed",
        alertServiceLevel: "SL below target", alertCallers: "waiting past", alertOverdue: "complaints overdue",
        allClear: "All within target",
        keys: "1 today  2 hour  3 queues  4 teams  ? help  q quit",
        helpLines: ["The wallboard is read-only: no key changes the floor.", "",
                    "1 / t   today (since the day's reset hour)", "2 / h   this hour", "3 / u   per queue", "4 / m   per team (teams from roster.json)",
                    "Tab     next view", "?       this help (any key closes it)", "q       quit", "",
                    "! marks an alert: service level under target,", "a caller past the threshold, an overdue complaint."],
        tooSmall: "Terminal too small for the wallboard: need at least 60x16")

    static let chinese = WallboardText(
        title: "监控大屏", today: "今日", thisHour: "本小时", perQueue: "分队列", perTeam: "分班组", readOnly: "只读",
        masked: "客户信息已脱敏", unmasked: "客户信息未脱敏",
        queueNow: "当前排队", waiting: "排队", longestWait: "最长等待", readyAgents: "就绪坐席",
        emptyQueue: "暂无来电排队",
        service: "服务", offered: "呼入", answered: "接通", abandoned: "放弃", shortAbandons: "短放弃",
        serviceLevel: "服务水平", serviceLevelWithAbandons: "服务水平(含放弃)", asa: "平均应答", aht: "平均处理",
        abandonRate: "放弃率", fcr: "首次解决率", targetFormat: "目标 {s} 秒内 {p}%",
        agents: "坐席", handled: "处理量", queueColumn: "队列", teamColumn: "班组", noTeam: "（未分组）",
        noAgents: "暂无坐席在岗", lostSeen: "失联，最后在线",
        complaints: "投诉", open: "未结", overdue: "超时", escalations: "待组长处理",
        followUpsDue: "待回访", followUpsOverdue: "回访超时", filedByCategory: "投诉类别分布",
        satisfaction: "满意度", satisfiedShare: "4–5 分占比", noneFiled: "暂无投诉",
        alertServiceLevel: "服务水平未达标", alertCallers: "位等待超过", alertOverdue: "件投诉超时",
        allClear: "全部达标",
        keys: "1 今日  2 本小时  3 分队列  4 分班组  ? 帮助  q 退出",
        helpLines: ["大屏只读：任何按键都不会修改数据。", "",
                    "1 / t   今日（自每日重置时刻起）", "2 / h   本小时", "3 / u   分队列", "4 / m   分班组（班组见 roster.json）",
                    "Tab     下一视图", "?       本帮助（任意键关闭）", "q       退出", "",
                    "! 表示告警：服务水平低于目标、", "来电等待超过阈值、投诉超时。"],
        tooSmall: "终端窗口太小：大屏至少需要 60x16")

    static let korean = WallboardText(
        title: "현황판", today: "오늘", thisHour: "이번 시간", perQueue: "대기열별", perTeam: "팀별", readOnly: "읽기 전용",
        masked: "고객 정보 마스킹", unmasked: "고객 정보 표시 중",
        queueNow: "현재 대기", waiting: "대기 고객", longestWait: "최장 대기", readyAgents: "준비 상담원",
        emptyQueue: "대기 중인 고객이 없습니다",
        service: "서비스", offered: "인입", answered: "응답", abandoned: "포기", shortAbandons: "짧은 포기",
        serviceLevel: "서비스 레벨", serviceLevelWithAbandons: "서비스 레벨(포기 포함)", asa: "평균 응답",
        aht: "평균 처리", abandonRate: "포기율", fcr: "첫 통화 해결률", targetFormat: "목표 {s}초 내 {p}%",
        agents: "상담원", handled: "처리", queueColumn: "대기열", teamColumn: "팀", noTeam: "(팀 없음)",
        noAgents: "근무 중인 상담원이 없습니다", lostSeen: "연결 끊김, 마지막",
        complaints: "불만", open: "미해결", overdue: "기한 초과", escalations: "팀장 대기",
        followUpsDue: "회신 예정", followUpsOverdue: "회신 지연", filedByCategory: "유형별 접수",
        satisfaction: "만족도", satisfiedShare: "4–5점 비율", noneFiled: "접수 없음",
        alertServiceLevel: "서비스 레벨 목표 미달", alertCallers: "명 대기 초과", alertOverdue: "건 불만 기한 초과",
        allClear: "모두 목표 내",
        keys: "1 오늘  2 이번 시간  3 대기열별  4 팀별  ? 도움말  q 끝내기",
        helpLines: ["현황판은 읽기 전용입니다: 어떤 키도 데이터를 바꾸지 않습니다.", "",
                    "1 / t   오늘 (일일 초기화 시각부터)", "2 / h   이번 시간", "3 / u   대기열별", "4 / m   팀별 (팀은 roster.json)",
                    "Tab     다음 화면", "?       도움말 (아무 키나 닫기)", "q       끝내기", "",
                    "! 는 경보입니다: 서비스 레벨 목표 미달,", "임계 시간을 넘긴 대기 고객, 기한 초과 불만."],
        tooSmall: "터미널이 너무 작습니다: 현황판은 최소 60x16")
}

extension UIText {
    /// The wallboard's labels in this text's language.
    public var wallboard: WallboardText { .forLanguage(language) }
}
