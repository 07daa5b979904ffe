-- Full-text search over events and statements on PostgreSQL (lib/data/search-index.ts; the SQLite path is the FTS5
-- table of prisma/migrations/20261130210000_search_index). Same rows and rowids: Statement.id * 2 for a statement,
-- Event.id * 2 + 1 for an event; "title" and "body" hold the texts after the matching fold (lib/text/fold.ts
-- foldForMatching), which SQL cannot compute: lib/data fills the rows.
--   "title_words", "body_words": the folded words (lib/text/highlight.ts searchWords) between single spaces, with a
--     space at each end; a reader's query is a phrase of consecutive words, the last one a prefix, checked with
--     strpos (no limit on the text's length, unlike tsvector positions).
--   "document": a tsvector of the same words (title weight A, body D) built by lib/data, for the GIN index
--     (`@@` finds the candidate rows) and ts_rank (relevance); "overflow" marks a row whose words did not all fit a
--     tsvector (lib/data/search-document.ts): such rows are always checked by strpos.
-- Not modelled by Prisma: `prisma migrate diff` shows the table as a DROP; scripts/postgresql-migration.ts drops it
-- from a new migration.
CREATE TABLE "search_index" (
    "rowid" BIGINT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "title_words" TEXT NOT NULL,
    "body_words" TEXT NOT NULL,
    "document" TSVECTOR NOT NULL,
    "overflow" BOOLEAN NOT NULL DEFAULT false
);

CREATE INDEX "search_index_document_idx" ON "search_index" USING GIN ("document");

-- A change to a text drops its row in the same transaction (the index never answers with stale text); lib/data
-- refills missing rows after every write and before every search.
CREATE FUNCTION "search_index_forget_statement"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM "search_index" WHERE "rowid" = OLD."id" * 2;
    RETURN NULL;
END;
$$;

CREATE FUNCTION "search_index_forget_event"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM "search_index" WHERE "rowid" = OLD."id" * 2 + 1;
    RETURN NULL;
END;
$$;

CREATE TRIGGER "search_index_statement_update" AFTER UPDATE OF "title", "body" ON "Statement"
    FOR EACH ROW EXECUTE FUNCTION "search_index_forget_statement"();
CREATE TRIGGER "search_index_statement_delete" AFTER DELETE ON "Statement"
    FOR EACH ROW EXECUTE FUNCTION "search_index_forget_statement"();
CREATE TRIGGER "search_index_event_update" AFTER UPDATE OF "title", "summary" ON "Event"
    FOR EACH ROW EXECUTE FUNCTION "search_index_forget_event"();
CREATE TRIGGER "search_index_event_delete" AFTER DELETE ON "Event"
    FOR EACH ROW EXECUTE FUNCTION "search_index_forget_event"();
