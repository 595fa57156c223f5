import Foundation
import HelpDeskCore
import HelpDeskStore

/// The folder `folder` of the resources directory (found as the scripts and
/// phrase rules are: `$HELPDESK_RESOURCES`, beside the executable, or the
/// source checkout).
func resourcePath(_ folder: String) throws -> String {
    do {
        return try ResourceDirectory.locate().path + "/" + folder
    } catch {
        throw CLIFailure(message: "cannot find the resources directory: \(error)", code: .storeUnavailable)
    }
}

/// One configuration file of the resources directory; a failure names the file.
func readResource(_ folder: String, _ name: String) throws -> Data {
    let path = try resourcePath(folder) + "/" + name
    do { return try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
        throw CLIFailure(message: "cannot read \(path): \(error.localizedDescription)", code: .storeUnavailable)
    }
}

/// The configured disposition and pause-reason codes (`codes/`).
func loadFloorCodes() throws -> FloorCodes {
    let names = FloorCodes.fileNames
    do {
        return try FloorCodes.decode(dispositions: readResource("codes", names.dispositions),
                                     pauseReasons: readResource("codes", names.pauseReasons))
    } catch let error as ComplaintConfigError {
        throw CLIFailure(message: "\(try resourcePath("codes"))/\(error)", code: .storeUnavailable)
    }
}
