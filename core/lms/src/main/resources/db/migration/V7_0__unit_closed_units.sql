-- unit context: a unit a campaign admin added below a commune can be closed (a hamlet merged, a
-- school shut). It is never deleted: learners' histories and past figures still name it.
-- A closed unit is no longer offered in search.
ALTER TABLE admin_unit ADD COLUMN closed_at timestamptz;
