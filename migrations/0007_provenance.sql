-- Issue #18: where a vendor variant comes from and how sure we are of it.
-- source:     a repository path at a commit (owner/repo@commit:path) or an https URL
-- applies_to: the product and versions it applies to ("Kamailio 5.8–6.0")
-- confidence: source (read in the product's code or documentation), observed (seen in a
--             public trace), reported (a third party says so); NULL when the list says nothing
ALTER TABLE variant ADD COLUMN source TEXT;
ALTER TABLE variant ADD COLUMN applies_to TEXT;
ALTER TABLE variant ADD COLUMN confidence TEXT;
