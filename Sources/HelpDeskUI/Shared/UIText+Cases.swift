import HelpDeskCore

/// The case list's labels, in the three languages of the floor.
public struct CaseLabels: Sendable {
    public var keys, instruct, handBack, resolve, openComplaints, followUps: String
}

extension UIText {
    public var cases: CaseLabels {
        switch language {
        case .en:
            CaseLabels(keys: "↑↓ choose · e escalate · t take · i instruct · b hand back · v resolve",
                       instruct: "Instructions for the agent, Enter to send:",
                       handBack: "The answer to give the customer, Enter to hand back:",
                       resolve: "What was done for the customer, Enter to resolve:",
                       openComplaints: "Open complaints", followUps: "Follow-ups")
        case .zh:
            CaseLabels(keys: "↑↓ 选择 · e 升级 · t 接手 · i 指示 · b 退回 · v 解决",
                       instruct: "给坐席的处理指示，回车发送：",
                       handBack: "答复客户的内容，回车退回坐席：",
                       resolve: "为客户做了什么，回车标记解决：",
                       openComplaints: "未结投诉", followUps: "回访")
        case .ko:
            CaseLabels(keys: "↑↓ 선택 · e 이관 · t 인수 · i 지시 · b 반환 · v 해결",
                       instruct: "상담원에게 줄 지시, Enter로 전송:",
                       handBack: "고객에게 전할 답변, Enter로 반환:",
                       resolve: "고객에게 한 조치, Enter로 해결:",
                       openComplaints: "미해결 불만", followUps: "해피콜")
        }
    }
}
