-- Retention (UU 27/2022 Pasal 42-44): when the purge ran over a row. A purged household keeps its RT
-- and its registrations' path and outcome for the counts; its NIK, KK number, name and address are gone.
ALTER TABLE household ADD COLUMN purged_at TIMESTAMP;
ALTER TABLE registration ADD COLUMN purged_at TIMESTAMP;
