import Foundation

extension FloorSchema {
    /// Version 3: the dispatch volumes the branch report divides by, in the
    /// order they were recorded (`position`), so a floor copied between
    /// backends gives the same report. Only a member of helpdesk_lead may
    /// change them: the grant, not the program, says so.
    static let version3 = """
        CREATE TABLE helpdesk.dispatches (
          branch text NOT NULL, month text NOT NULL, dispatches integer NOT NULL, position integer NOT NULL,
          PRIMARY KEY (branch, month)
        );
        GRANT SELECT ON helpdesk.dispatches TO helpdesk_agent;
        GRANT INSERT, UPDATE, DELETE ON helpdesk.dispatches TO helpdesk_lead;
        """
}
