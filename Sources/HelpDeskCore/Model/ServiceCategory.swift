/// The six kinds of service contact a service log is sorted into (seed 002).
public enum ServiceCategory: String, Codable, Sendable, CaseIterable {
    case inquiry
    case communication
    case complaint
    case installation
    case repair
    case purchase
}
