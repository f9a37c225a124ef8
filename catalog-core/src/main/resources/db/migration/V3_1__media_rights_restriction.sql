-- Images whose rights allow the public only a reduced copy (IIIF serves them up to a configured size;
-- the original file is for staff).
ALTER TABLE media ADD COLUMN rights_restricted BOOLEAN DEFAULT FALSE NOT NULL;
