/// The register's tables, as numbered migrations (`PRAGMA user_version` holds how many
/// ran). A new version appends a migration and never edits an old one: a register written
/// by an older perfplan is brought up to date when a newer one first writes to it, and a
/// register from a newer perfplan is refused rather than misread. docs/register.md
/// describes every table.
enum RegisterSchema {
    static let migrations: [String] = [
        // 1: batches of entries per published month folder; issued plans; progress; closures; imports.
        """
        CREATE TABLE batch (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('generate', 'progress')),
            month TEXT NOT NULL,
            source_month TEXT NOT NULL DEFAULT '',
            folder TEXT NOT NULL,
            manifest_sha256 TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('pending', 'final'))
        );
        CREATE TABLE issued_plan (
            batch_id INTEGER NOT NULL REFERENCES batch(id) ON DELETE CASCADE,
            employee_id TEXT NOT NULL,
            cycle INTEGER NOT NULL,
            max_cycles INTEGER NOT NULL,
            escalate INTEGER NOT NULL,
            start_month TEXT NOT NULL,
            end_month TEXT NOT NULL,
            packet_month TEXT NOT NULL,
            plan_sha256 TEXT,
            goals TEXT NOT NULL,
            PRIMARY KEY (batch_id, employee_id)
        );
        CREATE TABLE progress_entry (
            batch_id INTEGER NOT NULL REFERENCES batch(id) ON DELETE CASCADE,
            employee_id TEXT NOT NULL,
            cycle INTEGER NOT NULL,
            packet_month TEXT NOT NULL,
            month TEXT NOT NULL,
            overall TEXT NOT NULL,
            goals TEXT NOT NULL,
            decision TEXT CHECK (decision IN ('succeeded', 'extend', 'escalate')),
            PRIMARY KEY (batch_id, employee_id, cycle)
        );
        CREATE TABLE closure (
            employee_id TEXT NOT NULL,
            cycle INTEGER NOT NULL,
            reason TEXT NOT NULL,
            closed_on TEXT NOT NULL,
            PRIMARY KEY (employee_id, cycle)
        );
        CREATE TABLE imported_plan (
            employee_id TEXT NOT NULL,
            cycle INTEGER NOT NULL,
            start_month TEXT NOT NULL,
            end_month TEXT NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('succeeded', 'extended', 'escalated', 'closed', 'active')),
            source TEXT NOT NULL,
            PRIMARY KEY (employee_id, cycle)
        );
        """,
        // 2: HR's decision on each flagged employee of a generate batch (contract §7.44–45);
        // `decided_by` is `policy` when the policy issued the plan automatically.
        """
        CREATE TABLE hr_decision (
            batch_id INTEGER NOT NULL REFERENCES batch(id) ON DELETE CASCADE,
            employee_id TEXT NOT NULL,
            month TEXT NOT NULL,
            decision TEXT NOT NULL CHECK (decision IN ('issue', 'coach', 'defer', 'dismiss')),
            decided_by TEXT NOT NULL,
            decided_on TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (batch_id, employee_id)
        );
        """,
        // 3: the signatures a progress run read for the plans it reported (contract §7.50),
        // and the decisions and signatures `perfplan plans import` added (kept beside the
        // runs' own, as imported plans are).
        """
        CREATE TABLE acknowledgement (
            batch_id INTEGER NOT NULL REFERENCES batch(id) ON DELETE CASCADE,
            employee_id TEXT NOT NULL,
            cycle INTEGER NOT NULL,
            party TEXT NOT NULL CHECK (party IN ('employee', 'manager', 'hr')),
            signed_on TEXT NOT NULL,
            declined INTEGER NOT NULL,
            witness TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (batch_id, employee_id, cycle, party)
        );
        CREATE TABLE imported_decision (
            employee_id TEXT NOT NULL,
            month TEXT NOT NULL,
            decision TEXT NOT NULL CHECK (decision IN ('issue', 'coach', 'defer', 'dismiss')),
            decided_by TEXT NOT NULL,
            decided_on TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL,
            PRIMARY KEY (employee_id, month)
        );
        CREATE TABLE imported_acknowledgement (
            employee_id TEXT NOT NULL,
            cycle INTEGER NOT NULL,
            party TEXT NOT NULL CHECK (party IN ('employee', 'manager', 'hr')),
            signed_on TEXT NOT NULL,
            declined INTEGER NOT NULL,
            witness TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL,
            PRIMARY KEY (employee_id, cycle, party)
        );
        """,
    ]

    static var version: Int { migrations.count }
}
