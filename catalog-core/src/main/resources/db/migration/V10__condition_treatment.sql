-- Treatment records of the museum's own artifacts: what conservation work was done (methods, materials),
-- kept on the condition check made after it (context TREATMENT).
ALTER TABLE condition_check ADD COLUMN treatment_zh VARCHAR(4000);
ALTER TABLE condition_check ADD COLUMN treatment_en VARCHAR(4000);
