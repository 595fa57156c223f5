import HelpDeskCore

/// The wrap-up, the questions asked before acting, and the lead's notices,
/// in the three languages of the floor.
public struct WrapUpText: Sendable {
    public var talk: String
    /// The kind of contact (seed 001's needs, opinions, suggestions): the field and its choices.
    public var kind: String
    public var kindNames: [ContactKind: String]
    public var followUpWhen, followUpWhy, followUpScript, pauseNote, choose: String
    public var notResolvedBecause: String
    public var complaintFiled, followUpScheduled, followUpPlanned, silentLine, transferred: String
    public var confirmHangUp, confirmEscalate, confirmDiscard, yesNo, keysPaused: String
    /// "Lead {name} instructs on {complaint}:" and "Lead {name} answers on {complaint}:".
    public var leadInstructs, leadAnswers: String

    /// Why the call is not counted as resolved on first contact, in words.
    public func describe(_ reason: FirstContact.Reason) -> String {
        switch reason {
        case .complaintFiled(let id): "\(complaintFiled) \(id)"
        case .followUpScheduled(let id?): "\(followUpScheduled) \(id)"
        case .followUpScheduled(nil): followUpPlanned
        case .silentLine: silentLine
        case .transferred(let from): "\(transferred) \(from)"
        }
    }

    /// Fills the `{…}` slots of one of the texts above.
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        values.reduce(template) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
    }
}

extension UIText {
    public var wrapUpText: WrapUpText {
        switch language {
        case .en:
            WrapUpText(talk: "talk", kind: "Customer brought",
                       kindNames: [.need: "a need", .opinion: "an opinion (complaint, praise)", .suggestion: "a suggestion"],
                       followUpWhen: "Follow-up call at (+2h, +1d, 2026-12-01 10:00; blank = none)",
                       followUpWhy: "Follow-up: why", followUpScript: "Follow-up script",
                       pauseNote: "Your words (optional)", choose: "choose one (1-9 or ←→)",
                       notResolvedBecause: "not first-contact:",
                       complaintFiled: "complaint filed", followUpScheduled: "follow-up scheduled",
                       followUpPlanned: "a follow-up is planned", silentLine: "silent line", transferred: "transferred from",
                       confirmHangUp: "Hang up on {name} ({call})?", confirmEscalate: "Escalate {complaint} to lead {lead}?",
                       confirmDiscard: "Discard the complaint form you have filled in?", yesNo: "y yes · n / Esc no",
                       keysPaused: "keys are paused until the terminal is larger (q quits)",
                       leadInstructs: "Lead {name} instructs on {complaint}:", leadAnswers: "Lead {name} answers on {complaint}:")
        case .zh:
            WrapUpText(talk: "通话", kind: "客户反映",
                       kindNames: [.need: "需求", .opinion: "意见（投诉、表扬）", .suggestion: "建议"],
                       followUpWhen: "回访时间（+2h、+1d、2026-12-01 10:00；留空=不回访）",
                       followUpWhy: "回访事由", followUpScript: "回访话术",
                       pauseNote: "补充说明（可不填）", choose: "请选择（1-9 或 ←→）",
                       notResolvedBecause: "不计首次解决：",
                       complaintFiled: "已登记投诉", followUpScheduled: "已安排回访", followUpPlanned: "已计划回访",
                       silentLine: "无声电话", transferred: "转自",
                       confirmHangUp: "挂断 {name}（{call}）的电话？", confirmEscalate: "将 {complaint} 升级给班长 {lead}？",
                       confirmDiscard: "放弃已填写的投诉单？", yesNo: "y 是 · n / Esc 否",
                       keysPaused: "终端放大前按键暂停（q 退出）",
                       leadInstructs: "班长 {name} 指示（{complaint}）：", leadAnswers: "班长 {name} 答复（{complaint}）：")
        case .ko:
            WrapUpText(talk: "통화", kind: "고객 접수 유형",
                       kindNames: [.need: "요청", .opinion: "의견 (불만·칭찬)", .suggestion: "제안"],
                       followUpWhen: "후속 연락 시각 (+2h, +1d, 2026-12-01 10:00; 비우면 없음)",
                       followUpWhy: "후속 연락 사유", followUpScript: "후속 연락 스크립트",
                       pauseNote: "추가 설명 (선택)", choose: "선택하세요 (1-9 또는 ←→)",
                       notResolvedBecause: "첫 통화 해결 아님:",
                       complaintFiled: "불만 접수", followUpScheduled: "후속 연락 예약", followUpPlanned: "후속 연락 계획",
                       silentLine: "무음 전화", transferred: "이관 원 통화",
                       confirmHangUp: "{name} ({call}) 통화를 끊을까요?", confirmEscalate: "{complaint}을(를) 팀장 {lead}에게 이관할까요?",
                       confirmDiscard: "작성한 불만 접수서를 버릴까요?", yesNo: "y 예 · n / Esc 아니요",
                       keysPaused: "터미널을 키울 때까지 키 입력 중지 (q 끝내기)",
                       leadInstructs: "팀장 {name} 지시 ({complaint}):", leadAnswers: "팀장 {name} 답변 ({complaint}):")
        }
    }
}
