-- The audit trail is append-only for every account, the database's owner included: a row that says who
-- read or changed personal data must not be quietly edited or removed afterwards (the record a breach
-- notice is built from). The LAN account has no UPDATE or DELETE right on it either (LanAccount).
CREATE TRIGGER audit_event_append_only BEFORE UPDATE, DELETE ON audit_event FOR EACH ROW
    CALL 'id.loket.storage.AppendOnlyTrigger';
