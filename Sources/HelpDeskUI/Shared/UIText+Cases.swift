import HelpDeskCore

/// The case list's labels, in the three languages of the floor.
public struct CaseLabels: Sendable {
    public var keys, instruct, handBack, resolve: String
    /// The handling steps of seed 003 the agent ticks on the form.
    public var checklist: [HandlingChecklist.Step: String] = [:]
    /// The key that discards a complaint form, and what a lead's tier key does.
    public var discard = "F8", markTier = ""
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
                       discard: "F8 discard", markTier: "* mark VIP / key account")
        case .zh:
            CaseLabels(keys: "↑↓ 选择 · e 升级 · t 接手 · i 指示 · b 退回 · v 解决",
                       instruct: "给坐席的处理指示，回车发送：",
                       handBack: "答复客户的内容，回车退回坐席：",
                       resolve: "为客户做了什么，回车标记解决：",
                       checklist: [.listened: "耐心倾听", .stayedCalm: "保持冷静", .explained: "做出解释", .gaveFeedback: "给予反馈"],
                       discard: "F8 放弃", markTier: "* 标记VIP/大客户")
        case .ko:
            CaseLabels(keys: "↑↓ 선택 · e 이관 · t 인수 · i 지시 · b 반환 · v 해결",
                       instruct: "상담원에게 줄 지시, Enter로 전송:",
                       handBack: "고객에게 전할 답변, Enter로 반환:",
                       resolve: "고객에게 한 조치, Enter로 해결:",
                       checklist: [.listened: "끝까지 경청", .stayedCalm: "침착하게 대응", .explained: "설명함", .gaveFeedback: "피드백 제공"],
                       discard: "F8 취소", markTier: "* VIP/핵심고객 지정")
        }
    }
}
