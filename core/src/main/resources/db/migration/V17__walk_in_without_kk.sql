-- A resident on no RT list who has no family card at hand is still served and recorded: the walk-in's
-- KK number may be missing, for the lurah to follow up with the ketua RT. Households from the RT lists
-- always have one (the import refuses a row without it). NULLs do not clash in the UNIQUE constraint.
ALTER TABLE household ALTER COLUMN kk_number DROP NOT NULL;
