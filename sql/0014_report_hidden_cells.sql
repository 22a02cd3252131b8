-- Consistent suppression across runs (docs/disclosure.md): each board-version report run keeps
-- the cells it hid ("table id|row label|column"), so that a later run for the same authority and
-- date (after a correction) hides them too and cannot reveal what an earlier, published run hid.
-- Only positions are kept, never values.
ALTER TABLE report_runs ADD COLUMN hidden_cells text[] NOT NULL DEFAULT '{}';
