import Foundation
import HelpDeskCore

/// The CSV reader of imported sheets: any text reads without a trap, line
/// numbers only grow, and writing the records back with `CSVWriter` (as the
/// reports do) reads back as the same fields. The dispatch import on top of it refuses
/// or accepts, never traps, and accepts only checked volumes.
enum CSVTarget {
    static func run(_ bytes: UnsafeRawBufferPointer) {
        let input = text(bytes)
        let records = CSVReader.records(input)
        require(zip(records, records.dropFirst()).allSatisfy { $0.line < $1.line }, "line numbers do not grow")
        let written = records.map { CSVWriter.record($0.fields) }.joined()
        let back = CSVReader.records(written)
        // Compared as bytes: String's == would let a canonically equivalent change pass.
        require(back.map { $0.fields.map { Array($0.utf8) } } == records.map { $0.fields.map { Array($0.utf8) } },
                "writing the records and reading them back changed them")
        if let volumes = try? DispatchVolumes.parseCSV(input) {
            require(volumes.allSatisfy { $0.problem == nil }, "the import accepted a volume it should refuse")
        }
    }
}
