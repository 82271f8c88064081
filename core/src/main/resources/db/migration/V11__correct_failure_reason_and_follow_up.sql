-- Loket schema, version 11: a correction may also change the failure reason and the come-back day the
-- counter records since V9 (registration.failure_reason, registration.follow_up_on).
--
-- V10 listed the correctable fields in an unnamed CHECK on registration_correction_field.field. H2
-- names such a constraint itself, so a migration cannot drop it by name: the table is made again with
-- the wider list under a name of our own, the kept corrections copied over, and the old table dropped.
CREATE TABLE registration_correction_field_v11 (
    correction_id   BIGINT       NOT NULL REFERENCES registration_correction (id) ON DELETE CASCADE,
    field           VARCHAR(30)  NOT NULL,
    before_value    VARCHAR(500),                          -- NULL: the field was empty
    after_value     VARCHAR(500),
    PRIMARY KEY (correction_id, field),
    CONSTRAINT registration_correction_field_known CHECK (field IN ('OUTCOME', 'OUTCOME_NOTE', 'PORTAL_REFERENCE',
        'PATH', 'IKD_STATE', 'PHONE', 'FAILURE_REASON', 'FOLLOW_UP_ON'))
);

INSERT INTO registration_correction_field_v11 (correction_id, field, before_value, after_value)
SELECT correction_id, field, before_value, after_value FROM registration_correction_field;

DROP TABLE registration_correction_field;
ALTER TABLE registration_correction_field_v11 RENAME TO registration_correction_field;
