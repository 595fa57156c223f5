import HelpDeskCore
import Foundation

/// The five management reports of issue 7, by name, as the command line and
/// other faces ask for them.
public enum ReportKind: String, Sendable, CaseIterable {
    case structure, branches, service, agents, handling, dispositions, pauses
    case serviceLog = "service-log"

    public var title: String {
        switch self {
        case .structure: "Complaint structure"
        case .branches: "Complaints per 10,000 dispatches"
        case .service: "Service level and queue"
        case .agents: "Agent quality"
        case .handling: "Complaint handling"
        case .dispositions: "Dispositions"
        case .pauses: "Pause reasons"
        case .serviceLog: "Service log"
        }
    }
}

/// Builds reports from folded data: the page for people and the typed value
/// for `--json`, from the same numbers.
public struct ReportBuilder: Sendable {
    public var data: ReportData
    public var volumes: DispatchVolumes
    public var granularity: ServiceLevelReport.Granularity
    /// The configured codes, for the dispositions' and pause reasons' labels.
    public var codes: FloorCodes?

    public init(data: ReportData, volumes: DispatchVolumes = DispatchVolumes(), granularity: ServiceLevelReport.Granularity = .day,
                codes: FloorCodes? = nil) {
        self.data = data
        self.codes = codes
        self.volumes = volumes
        self.granularity = granularity
    }

    /// The report of one kind, built from the folded data.
    public func report(_ kind: ReportKind) -> any ReportContent {
        switch kind {
        case .structure: ComplaintStructureReport(data)
        case .branches: BranchRatioReport(data, volumes: volumes)
        case .service: ServiceLevelReport(data, by: granularity)
        case .agents: AgentReport(data)
        case .handling: ComplaintHandlingReport(data)
        case .dispositions: DispositionReport(data, codes: codes)
        case .pauses: PauseReasonReport(data, codes: codes)
        case .serviceLog: ServiceLogReport(data)
        }
    }

    public func section(_ kind: ReportKind) -> ReportSection { report(kind).section() }

    /// One document with the given reports, in order.
    public func document(_ kinds: [ReportKind]) -> ReportDocument {
        let title = kinds.count == 1 ? kinds[0].title : "Customer service report 客户服务报告"
        return ReportDocument(title: title, subtitle: ReportFormat.period(data.filter), sections: kinds.map(section))
    }

    /// The typed figures of the given reports as JSON, keyed by report name.
    public func json(_ kinds: [ReportKind]) throws -> Data {
        let encoder = JournalCoding.encoder(pretty: true)
        var parts: [String] = []
        for kind in kinds {
            let value = try encoder.encode(report(kind))
            parts.append("\"\(kind.rawValue)\": " + String(decoding: value, as: UTF8.self))
        }
        return Data(("{\n" + parts.joined(separator: ",\n") + "\n}\n").utf8)
    }
}

/// What every report is: typed figures (for `--json`) that also lay
/// themselves out as a section (for text, CSV and HTML).
public protocol ReportContent: Encodable, Sendable {
    func section() -> ReportSection
}

extension ComplaintStructureReport: ReportContent {}
extension BranchRatioReport: ReportContent {}
extension ServiceLevelReport: ReportContent {}
extension AgentReport: ReportContent {}
extension ComplaintHandlingReport: ReportContent {}
extension DispositionReport: ReportContent {}
extension PauseReasonReport: ReportContent {}
extension ServiceLogReport: ReportContent {}
