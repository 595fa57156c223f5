import HelpDeskCore

/// The caller-details form's labels (key m or F7 on a call): how the caller
/// is addressed, and the product and appointment the script speaks of.
public struct CallerLabels: Sendable {
    public var title, surname, honorific, product, appointment, key, surnameNeeded: String
}

extension UIText {
    public var caller: CallerLabels {
        switch language {
        case .en:
            CallerLabels(title: "Caller", surname: "Surname", honorific: "Title (←/→)", product: "Product",
                         appointment: "Appointment (visit time agreed)", key: "m caller's name",
                         surnameNeeded: "type the surname first")
        case .zh:
            CallerLabels(title: "客户称呼", surname: "姓", honorific: "称呼（←/→）", product: "产品",
                         appointment: "预约时间（约定的上门时间）", key: "m 客户称呼",
                         surnameNeeded: "请先输入客户的姓")
        case .ko:
            CallerLabels(title: "고객 호칭", surname: "성", honorific: "호칭 (←/→)", product: "제품",
                         appointment: "예약 (약속한 방문 시간)", key: "m 고객 호칭",
                         surnameNeeded: "먼저 성을 입력하세요")
        }
    }
}
