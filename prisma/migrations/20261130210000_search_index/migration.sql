-- Full-text search over events and statements (lib/data/search-index.ts).
-- FTS5 holds the texts after the matching fold (lib/text/fold.ts foldForMatching), which SQL cannot compute:
-- lib/data fills the rows. rowid = Statement.id * 2 for a statement, Event.id * 2 + 1 for an event.
-- The triggers drop a row in the same transaction as any change to the text it indexes, so the index never answers
-- with stale text; lib/data/search-index.ts refills missing rows (after every write, and before every search).
-- Note for `prisma migrate dev`: Prisma does not model virtual tables; review a generated migration and keep it from
-- dropping search_index or its shadow tables (search_index_data, _idx, _content, _docsize, _config).
CREATE VIRTUAL TABLE "search_index" USING fts5(
    "title",
    "body",
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER "search_index_statement_update" AFTER UPDATE OF "title", "body" ON "Statement" BEGIN
    DELETE FROM "search_index" WHERE rowid = OLD."id" * 2;
END;

CREATE TRIGGER "search_index_statement_delete" AFTER DELETE ON "Statement" BEGIN
    DELETE FROM "search_index" WHERE rowid = OLD."id" * 2;
END;

CREATE TRIGGER "search_index_event_update" AFTER UPDATE OF "title", "summary" ON "Event" BEGIN
    DELETE FROM "search_index" WHERE rowid = OLD."id" * 2 + 1;
END;

CREATE TRIGGER "search_index_event_delete" AFTER DELETE ON "Event" BEGIN
    DELETE FROM "search_index" WHERE rowid = OLD."id" * 2 + 1;
END;
