import HelpDeskCore
import Foundation

/// Makes up realistic callers for the simulator and the demo: Chinese,
/// Korean and English names with surname and honorific, local phone
/// numbers, a reason and a service category, a few VIPs and key accounts,
/// and how long each is willing to wait before hanging up.
public struct CallerGenerator: Sendable {
    public struct Caller: Sendable {
        public var customer: Customer
        public var reason: String
        public var category: ServiceCategory
        /// Seconds this caller waits before abandoning.
        public var patience: Double
    }

    private var random: SeededRandom
    /// Mean patience in seconds; the share who hang up depends on it and the queue.
    public var meanPatience: Double

    public init(seed: UInt64, meanPatience: Double = 120) {
        random = SeededRandom(seed: seed)
        self.meanPatience = meanPatience
    }

    public mutating func next() -> Caller {
        let language = Self.languages.randomElement(using: &random)!
        let tierRoll = Int.random(in: 0..<100, using: &random)
        let tier: Tier = tierRoll < 3 ? .keyAccount : tierRoll < 10 ? .vip : .regular
        let female = Bool.random(using: &random)
        let customer: Customer
        switch language {
        case .zh:
            let surname = Self.zhSurnames.randomElement(using: &random)!
            let given = Self.zhGiven.randomElement(using: &random)!
            customer = Customer(name: surname + given, surname: surname, honorific: female ? "女士" : "先生",
                                phone: "1" + ["38", "39", "50", "86", "37"].randomElement(using: &random)! + digits(8),
                                branch: Self.zhBranches.randomElement(using: &random)!, language: .zh, tier: tier)
        case .ko:
            let surname = Self.koSurnames.randomElement(using: &random)!
            let given = Self.koGiven.randomElement(using: &random)!
            customer = Customer(name: surname + given, surname: surname, honorific: "고객님",
                                phone: "010" + digits(8), branch: "서울", language: .ko, tier: tier)
        case .en:
            let surname = Self.enSurnames.randomElement(using: &random)!
            let given = (female ? Self.enGivenF : Self.enGivenM).randomElement(using: &random)!
            customer = Customer(name: given + " " + surname, surname: surname, honorific: female ? "Ms" : "Mr",
                                phone: "07" + digits(9), branch: "London", language: .en, tier: tier)
        }
        let (reason, category) = Self.reasons[language]!.randomElement(using: &random)!
        return Caller(customer: customer, reason: reason, category: category,
                      patience: random.exponential(mean: meanPatience))
    }

    /// Seconds until the next caller rings, for a Poisson stream of `perMinute`.
    public mutating func gap(perMinute: Double) -> Double {
        random.exponential(mean: 60 / max(perMinute, 0.001))
    }

    /// A number in 0..<1, for the simulator's other choices.
    public mutating func roll() -> Double { Double.random(in: 0..<1, using: &random) }

    /// A talk time in seconds (log-normal-ish: most calls short, some long).
    public mutating func talkTime(mean: Double) -> Double {
        min(mean * 4, 15 + random.exponential(mean: max(1, mean - 15)))
    }

    private mutating func digits(_ n: Int) -> String {
        String((0..<n).map { _ in Character(String(Int.random(in: 0...9, using: &random))) })
    }

    static let languages: [Language] = [.zh, .zh, .zh, .ko, .en]
    static let zhSurnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "欧阳", "司马"]
    static let zhGiven = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军", "杰", "涛"]
    static let zhBranches = ["广州", "深圳", "南宁"]
    static let koSurnames = ["김", "이", "박", "최", "정", "강", "조", "윤"]
    static let koGiven = ["민준", "서연", "도윤", "하은", "지호", "수아", "예준", "지우"]
    static let enSurnames = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "O'Brien"]
    static let enGivenF = ["Emma", "Olivia", "Amelia", "Grace", "Sophie"]
    static let enGivenM = ["Oliver", "Jack", "Harry", "George", "Noah"]
    static let reasons: [Language: [(String, ServiceCategory)]] = [
        .zh: [("冰箱不制冷，要求上门维修", .repair), ("空调安装预约", .installation), ("咨询洗衣机保修期", .inquiry),
              ("维修师傅没有按约定时间上门", .complaint), ("想购买新款热水器", .purchase), ("更改联系地址", .communication)],
        .ko: [("세탁기 수리 요청", .repair), ("에어컨 설치 예약", .installation), ("보증 기간 문의", .inquiry),
              ("기사님이 약속 시간에 오지 않음", .complaint)],
        .en: [("Dishwasher leaking, needs repair", .repair), ("Book an installation", .installation),
              ("Question about my bill", .inquiry), ("Engineer missed the appointment", .complaint),
              ("Upgrade to the new model", .purchase)],
    ]
}
