-- Loket schema, version 18: whether each counter is open (an agent logged in at it) or closed (its
-- agent logged out), since when and by whom. The display board reads it, on this PC or over the LAN,
-- so a counter whose agent left shows as closed instead of the last ticket it called.
CREATE TABLE counter_state (
    counter_number  INT          PRIMARY KEY,
    is_open         BOOLEAN      NOT NULL,
    changed_at      TIMESTAMP    NOT NULL,
    agent_id        BIGINT       REFERENCES agent_account (id)
);
