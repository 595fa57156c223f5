import HelpDeskCore

/// The labels of the script panel and the phrase guard, in the three
/// languages. Kept beside `UIText` rather than in its table so coaching can
/// grow without touching every screen's labels.
public struct CoachingText: Sendable {
    public var say, neverSay, caller, nameUnknown, next, autoNext, offered, ends, waitStarts: String
    public var said, skip, back, situations, scriptEnded, chooseBranch, firstScript, replace: String
    public var branchKeys, situationKeys, replaceHelp: String
    public var actions: [FinalAction: String]
}

extension UIText {
    public var coaching: CoachingText {
        switch language {
        case .zh: .chinese
        case .en: .english
        case .ko: .korean
        }
    }
}

extension CoachingText {
    static let english = CoachingText(
        say: "Say", neverSay: "Never say", caller: "Caller", nameUnknown: "name not known yet",
        next: "next", autoNext: "goes on by itself", offered: "time is up — Space: next step", ends: "Ends",
        waitStarts: "wait: starts when you mark the line said (Space)",
        said: "said, next", skip: "skip", back: "back", situations: "Situation",
        scriptEnded: "The script has ended", chooseBranch: "Choose:", firstScript: "This is the call's first script",
        replace: "replace",
        branchKeys: "the step's branch keys", situationKeys: "a situation script (keys listed in the panel)",
        replaceHelp: "replace a flagged phrase ✗ with its alternative",
        actions: [.hangUp: "hang up (h)", .transfer: "transfer", .escalate: "escalate to the team lead",
                  .scheduleFollowUp: "schedule a follow-up", .continue: "carry on"])

    static let chinese = CoachingText(
        say: "请说", neverSay: "切忌", caller: "客户", nameUnknown: "尚不知姓名",
        next: "下一步", autoNext: "到时自动继续", offered: "时间到——按空格进入下一步", ends: "结束",
        waitStarts: "等待：说完后按空格开始计时",
        said: "已说，下一步", skip: "跳过", back: "返回", situations: "情境",
        scriptEnded: "话术已结束", chooseBranch: "请选择：", firstScript: "已是本通话的第一个话术",
        replace: "替换",
        branchKeys: "当前步骤的分支键", situationKeys: "切换情境话术（按键见话术面板）",
        replaceHelp: "把标出的禁用语 ✗ 替换为推荐说法",
        actions: [.hangUp: "挂断 (h)", .transfer: "转接", .escalate: "升级给班长",
                  .scheduleFollowUp: "预约回访", .continue: "继续通话"])

    static let korean = CoachingText(
        say: "말하기", neverSay: "금지", caller: "고객", nameUnknown: "성함 미확인",
        next: "다음", autoNext: "시간이 되면 자동 진행", offered: "시간 종료 — Space: 다음 단계", ends: "종료",
        waitStarts: "대기: 말한 뒤 Space를 누르면 시작",
        said: "말함, 다음", skip: "건너뛰기", back: "돌아가기", situations: "상황",
        scriptEnded: "스크립트가 끝났습니다", chooseBranch: "선택:", firstScript: "이 통화의 첫 스크립트입니다",
        replace: "바꾸기",
        branchKeys: "현재 단계의 분기 키", situationKeys: "상황 스크립트로 전환 (키는 패널에 표시)",
        replaceHelp: "표시된 금지 표현 ✗ 을 권장 표현으로 바꾸기",
        actions: [.hangUp: "통화 종료 (h)", .transfer: "호 전환", .escalate: "팀장에게 이관",
                  .scheduleFollowUp: "후속 연락 예약", .continue: "통화 계속"])
}
