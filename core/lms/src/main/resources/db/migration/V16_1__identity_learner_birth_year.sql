-- identity context: the year of birth of a person registered with a facilitator's help (no account,
-- no e-mail): attendance searches by it and look-alikes are found by name, year and unit.
ALTER TABLE learner_profile ADD COLUMN birth_year integer;
CREATE INDEX learner_profile_birth_idx ON learner_profile (unit_code, birth_year) WHERE birth_year IS NOT NULL;
