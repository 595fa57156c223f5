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
