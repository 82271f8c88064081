-- Queue policy (issue 4). The state the queue order depends on lives here, not in a counter's
-- memory, so a restart or a power cut changes nothing about who is called next.

-- One row per day for the whole office: how many tickets were called (the clock of the postponed
-- pool) and how many priority tickets were called in a row (the anti-starvation rule). A claim locks
-- this row, so counters decide the order one at a time; the conditional update on ticket still
-- guarantees a ticket goes to one counter only.
CREATE TABLE queue_day (
    service_day      DATE    NOT NULL PRIMARY KEY,
    calls            BIGINT  NOT NULL DEFAULT 0,
    priority_streak  INT     NOT NULL DEFAULT 0
);

-- When the ticket was first called: its wait, for the fairness sheet (called_at moves with each recall).
ALTER TABLE ticket ADD COLUMN first_called_at TIMESTAMP;
-- The postponed pool: a WAITING ticket is callable again once queue_day.calls reaches this number.
ALTER TABLE ticket ADD COLUMN callable_from_call BIGINT NOT NULL DEFAULT 0;
ALTER TABLE ticket ADD COLUMN times_postponed INT NOT NULL DEFAULT 0;
-- call_count when the current round of calls began (issue, return from the pool, or a transfer).
ALTER TABLE ticket ADD COLUMN round_start_calls INT NOT NULL DEFAULT 0;
-- A ticket transferred to one counter: only that counter may call it.
ALTER TABLE ticket ADD COLUMN counter_only INT;
-- The service the ticket was issued for, when it was transferred to another one.
ALTER TABLE ticket ADD COLUMN original_service VARCHAR(30);
ALTER TABLE ticket ADD COLUMN transfers INT NOT NULL DEFAULT 0;
-- Service time from each call to its finish or transfer, added up.
ALTER TABLE ticket ADD COLUMN service_seconds INT NOT NULL DEFAULT 0;

CREATE INDEX ticket_finished ON ticket (service_day, status, service_code, finished_at);
