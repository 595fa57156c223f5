import HelpDeskCore

/// The case list's labels, in the three languages of the floor.
public struct CaseLabels: Sendable {
    public var keys, instruct, handBack, resolve: String
    /// The handling steps of seed 003 the agent ticks on the form.
    public var checklist: [HandlingChecklist.Step: String] = [:]
    /// The key that discards a complaint form, and what a lead's tier key does.
    public var discard = "F8", markTier = ""
    /// Complaint states as the floor says them.
    public var statusNames: [ComplaintStatus: String] = [:]
    /// Whose cases the list holds: "%@" is the agent; the lead's and the caller's parts are added when they apply.
    public var whose = "%@", leadWaiting = "", callerFirst = "%@"
    /// The complaint form's reason for a promise past the SLA, and the error
    /// when it is missing ("{due}" is the SLA's resolution due time).
    public var promiseReason = "", promiseBeyondSLA = "{due}"

    /// The caption over the case list: whose cases, and that the caller's come first.
    func caption(agent: String, isLead: Bool, caller: String?) -> String {
        var parts = [whose.replacingOccurrences(of: "%@", with: agent)]
        if isLead { parts.append(leadWaiting) }
        if let caller { parts.append(callerFirst.replacingOccurrences(of: "%@", with: caller)) }
        return parts.joined(separator: " · ")
    }
}

extension UIText {
    public var cases: CaseLabels {
        switch language {
        case .en:
            CaseLabels(keys: "↑↓ choose · e escalate · t take · i instruct · b hand back · v resolve",
                       instruct: "Instructions for the agent, Enter to send:",
                       handBack: "The answer to give the customer, Enter to hand back:",
                       resolve: "What was done for the customer, Enter to resolve:",
                       checklist: [.listened: "Listened to the end", .stayedCalm: "Stayed calm",
                                   .explained: "Explained", .gaveFeedback: "Gave feedback"],
                       discard: "F8 discard", markTier: "* mark VIP / key account",
                       statusNames: [.received: "received", .accepted: "accepted", .escalated: "escalated", .inProgress: "in progress",
                                     .resolved: "resolved", .followedUp: "followed up", .closed: "closed", .reopened: "reopened"],
                       whose: "Cases of %@: filed or escalated by you", leadWaiting: "escalations waiting for a lead",
                       callerFirst: "%@'s open complaints first",
                       promiseReason: "Reason, if past the SLA",
                       promiseBeyondSLA: "after SLA due {due}: say why")
        case .zh:
            CaseLabels(keys: "↑↓ 选择 · e 升级 · t 接手 · i 指示 · b 退回 · v 解决",
                       instruct: "给坐席的处理指示，回车发送：",
                       handBack: "答复客户的内容，回车退回坐席：",
                       resolve: "为客户做了什么，回车标记解决：",
                       checklist: [.listened: "耐心倾听", .stayedCalm: "保持冷静", .explained: "做出解释", .gaveFeedback: "给予反馈"],
                       discard: "F8 放弃", markTier: "* 标记VIP/大客户",
                       statusNames: [.received: "已接收", .accepted: "已受理", .escalated: "已升级", .inProgress: "处理中",
                                     .resolved: "已解决", .followedUp: "已回访", .closed: "已结案", .reopened: "重新打开"],
                       whose: "%@的投诉：本人受理或升级的", leadWaiting: "等待班长处理的升级",
                       callerFirst: "来电客户%@的未结投诉在前",
                       promiseReason: "超出SLA时限的原因",
                       promiseBeyondSLA: "晚于SLA时限 {due}：请说明原因")
        case .ko:
            CaseLabels(keys: "↑↓ 선택 · e 이관 · t 인수 · i 지시 · b 반환 · v 해결",
                       instruct: "상담원에게 줄 지시, Enter로 전송:",
                       handBack: "고객에게 전할 답변, Enter로 반환:",
                       resolve: "고객에게 한 조치, Enter로 해결:",
                       checklist: [.listened: "끝까지 경청", .stayedCalm: "침착하게 대응", .explained: "설명함", .gaveFeedback: "피드백 제공"],
                       discard: "F8 취소", markTier: "* VIP/핵심고객 지정",
                       statusNames: [.received: "접수됨", .accepted: "수락됨", .escalated: "이관됨", .inProgress: "처리 중",
                                     .resolved: "해결됨", .followedUp: "후속 연락됨", .closed: "종결", .reopened: "재접수"],
                       whose: "%@ 님의 불만 건: 본인 접수·이관", leadWaiting: "팀장 처리 대기 이관 건",
                       callerFirst: "통화 중인 %@ 고객의 미결 건 먼저",
                       promiseReason: "SLA 초과 사유",
                       promiseBeyondSLA: "SLA 기한 {due} 이후: 사유 입력")
        }
    }
}
