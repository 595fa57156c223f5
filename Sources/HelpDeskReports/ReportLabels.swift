import HelpDeskCore
/// The names reports print for domain values: English with the Chinese term
/// the seed material uses, so a manager recognises the category either way.
public enum ReportLabels {
    /// A configured code as the reports' other labels read: English, then
    /// Chinese ("Repair booked 已派工维修"); the code itself when not configured.
    public static func code(_ code: String, in list: ReasonCodeList?) -> String {
        guard let entry = list?[code] else { return code }
        return entry.label(in: .en) + " " + entry.label(in: .zh)
    }

    /// A service log category as seed 002 names it.
    public static func serviceCategory(_ c: ServiceCategory) -> String {
        switch c {
        case .inquiry: "Inquiry 用户咨询"
        case .communication: "Communication 用户沟通"
        case .complaint: "Complaint 用户投诉"
        case .installation: "Installation 产品安装调试"
        case .repair: "Repair 产品维修服务"
        case .purchase: "Purchase 购买产品"
        }
    }

    /// What the customer brought, as seed 001 counts it.
    public static func contactKind(_ k: ContactKind) -> String {
        switch k {
        case .need: "Needs 需求"
        case .opinion: "Opinions 意见"
        case .suggestion: "Suggestions 建议"
        }
    }

    public static func category(_ c: ComplaintCategory) -> String {
        switch c {
        case .missedAppointment: "Missed appointment 不按预约时间上门"
        case .notRightFirstTime: "Not right first time 一次服务不到位"
        case .serviceDelay: "Service delay 服务拖期"
        case .unreasonableCharge: "Unreasonable charge 收费不合理"
        case .nonStandardOperation: "Non-standard operation 服务操作不规范"
        case .slowResponse: "Slow response 服务响应不及时"
        case .policyNotHonoured: "Policy not honoured 政策不兑现"
        case .other: "Other 其他"
        }
    }

    /// A short column header for the branch table.
    public static func shortCategory(_ c: ComplaintCategory) -> String {
        switch c {
        case .missedAppointment: "missed appt."
        case .notRightFirstTime: "not right 1st time"
        case .serviceDelay: "delay"
        case .unreasonableCharge: "unreasonable charge"
        case .nonStandardOperation: "non-std operation"
        case .slowResponse: "slow response"
        case .policyNotHonoured: "policy not honoured"
        case .other: "other"
        }
    }
}
