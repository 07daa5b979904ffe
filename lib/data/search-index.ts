import { Prisma } from "../../generated/prisma/client";
import { clientProvider, type PrismaClient, type Tx } from "../db";
import { foldForMatching } from "../text/fold";
import { searchWords } from "../text/highlight";
import { postgresDocument, postgresQuery, wordsColumn } from "./search-document";

/**
 * The full-text index over events (title, summary) and statements (title, body), holding each text after the
 * matching fold (lib/text/fold.ts foldForMatching) so typography, case and script-specific case rules never hide a
 * match. One table `search_index` on both databases:
 * - SQLite: an FTS5 table (migration prisma/migrations/20261130210000_search_index), ranked by bm25;
 * - PostgreSQL: a table with the folded words and a tsvector under a GIN index (prisma/postgresql/migrations/
 *   20261130230100_search_index), ranked by ts_rank; see lib/data/search-document.ts.
 * A reader's query matches the same rows on both: its folded words as consecutive words, the last one a prefix.
 *
 * rowid = Statement.id * 2 for a statement, Event.id * 2 + 1 for an event. SQL cannot compute the fold, so the
 * database's triggers only drop a row when its text changes (in the same transaction as the change: the index never
 * answers with stale text) and `refreshSearchIndex` fills the rows that are missing. lib/data calls it at the end of
 * every write transaction, and `searchIndex` calls it before each query, so a write from anywhere (a script, a test,
 * a new code path) is indexed by the next search at the latest.
 */

type Db = PrismaClient | Tx;

export const statementRowid = (id: number) => id * 2;
export const eventRowid = (id: number) => id * 2 + 1;

/** Indexes every statement and event that has no row yet. Returns how many rows were written. */
export async function refreshSearchIndex(db: Db): Promise<number> {
  const statements = await db.$queryRaw<{ id: number; title: string; body: string }[]>`
    SELECT "id", "title", "body" FROM "Statement" s
    WHERE NOT EXISTS (SELECT 1 FROM "search_index" WHERE rowid = s."id" * 2)`;
  const events = await db.$queryRaw<{ id: number; title: string; summary: string }[]>`
    SELECT "id", "title", "summary" FROM "Event" e
    WHERE NOT EXISTS (SELECT 1 FROM "search_index" WHERE rowid = e."id" * 2 + 1)`;
  const rows: SourceRow[] = [];
  for (const s of statements) rows.push({ rowid: statementRowid(Number(s.id)), title: s.title, body: s.body });
  for (const e of events) rows.push({ rowid: eventRowid(Number(e.id)), title: e.title, body: e.summary });
  if (clientProvider(db) === "postgresql") {
    for (let at = 0; at < rows.length; at += POSTGRES_ROWS_PER_INSERT) await insertPostgres(db, rows.slice(at, at + POSTGRES_ROWS_PER_INSERT));
  } else {
    for (const row of rows) await insertSqlite(db, row);
  }
  return rows.length;
}

type SourceRow = { rowid: number; title: string; body: string };

async function insertSqlite(db: Db, { rowid, title, body }: SourceRow): Promise<void> {
  await db.$executeRaw`INSERT INTO "search_index" (rowid, "title", "body") VALUES (${rowid}, ${foldForMatching(title)}, ${foldForMatching(body)})`;
}

/**
 * Rows per INSERT on PostgreSQL: each statement is a round trip to the server, and a 10,000-statement import
 * inserting its rows one by one overran its transaction's 120 s under load (7 parameters a row; PostgreSQL takes
 * 65,535).
 */
const POSTGRES_ROWS_PER_INSERT = 200;

async function insertPostgres(db: Db, rows: readonly SourceRow[]): Promise<void> {
  const tuples = rows.map(({ rowid, title, body }) => {
    const [foldedTitle, foldedBody] = [foldForMatching(title), foldForMatching(body)];
    const document = postgresDocument(foldedTitle, foldedBody);
    return Prisma.sql`(${rowid}, ${foldedTitle}, ${foldedBody}, ${wordsColumn(foldedTitle)}, ${wordsColumn(foldedBody)},
      ${document.literal}::tsvector, ${document.overflow})`;
  });
  // ON CONFLICT: two transactions may both find a row missing (a search and a write); the first one wins.
  await db.$executeRaw`
    INSERT INTO "search_index" ("rowid", "title", "body", "title_words", "body_words", "document", "overflow")
    VALUES ${Prisma.join(tuples)}
    ON CONFLICT ("rowid") DO NOTHING`;
}

/**
 * The FTS5 MATCH expression for a reader's query: its folded words as one phrase (consecutive words, any separator
 * between them), the last word as a prefix ("ереван" finds "Ереване"). Every word is quoted with `"` doubled, so
 * FTS5 operators typed by a reader (AND, NEAR, *, ^, :, parentheses) are searched as text, never run.
 * Returns null when the query has no words.
 */
export function matchExpression(query: string): string | null {
  const words = queryWords(query);
  if (words.length === 0) return null;
  return `"${words.join(" ").replaceAll('"', '""')}" *`;
}

function queryWords(query: string): string[] {
  return searchWords(foldForMatching(query)).map((w) => w.word);
}

export interface IndexHit {
  kind: "statement" | "event";
  /** Statement.id or Event.id. */
  id: number;
}

/**
 * Statements and events matching `query`, best first (title words weighted above body words: FTS5 bm25 with
 * weights 2 : 1 on SQLite, ts_rank with weights A : D on PostgreSQL; ties by rowid); at most `limit`.
 */
export async function searchIndex(query: string, limit: number, db: PrismaClient): Promise<IndexHit[]> {
  const words = queryWords(query);
  if (words.length === 0) return [];
  await db.$transaction(async (tx) => {
    await refreshSearchIndex(tx);
  });
  const rows = clientProvider(db) === "postgresql" ? await postgresRows(db, words, limit) : await sqliteRows(db, query, limit);
  return rows.map(({ rowid }) => {
    const n = Number(rowid);
    return n % 2 === 0 ? { kind: "statement" as const, id: n / 2 } : { kind: "event" as const, id: (n - 1) / 2 };
  });
}

type RowidRows = { rowid: number | bigint }[];

function sqliteRows(db: PrismaClient, query: string, limit: number): Promise<RowidRows> {
  return db.$queryRaw<RowidRows>`
    SELECT rowid FROM "search_index" WHERE "search_index" MATCH ${matchExpression(query)}
    ORDER BY bm25("search_index", 2.0, 1.0), rowid LIMIT ${limit}`;
}

function postgresRows(db: PrismaClient, words: string[], limit: number): Promise<RowidRows> {
  const { tsquery, phrase } = postgresQuery(words);
  // The GIN index narrows to rows holding every word (or too large for a tsvector: "overflow"); strpos on the
  // space-separated words then keeps the rows where they stand together, in order, the last as a prefix.
  return db.$queryRaw<RowidRows>`
    SELECT "rowid" FROM "search_index"
    WHERE (${tsquery} = '' OR "document" @@ ${tsquery}::tsquery OR "overflow")
      AND (strpos("title_words", ${phrase}) > 0 OR strpos("body_words", ${phrase}) > 0)
    ORDER BY ts_rank("document", ${tsquery}::tsquery) DESC, "rowid" LIMIT ${limit}`;
}
