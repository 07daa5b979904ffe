import type { PrismaClient, Tx } from "../db";
import { foldForMatching } from "../text/fold";
import { searchWords } from "../text/highlight";

/**
 * The full-text index (SQLite FTS5 table `search_index`, migration 20261130210000_search_index) over events
 * (title, summary) and statements (title, body), holding each text after the matching fold (lib/text/fold.ts
 * foldForMatching) so typography, case and script-specific case rules never hide a match.
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
  for (const s of statements)
    await db.$executeRaw`INSERT INTO "search_index" (rowid, "title", "body") VALUES (${statementRowid(Number(s.id))}, ${foldForMatching(s.title)}, ${foldForMatching(s.body)})`;
  for (const e of events)
    await db.$executeRaw`INSERT INTO "search_index" (rowid, "title", "body") VALUES (${eventRowid(Number(e.id))}, ${foldForMatching(e.title)}, ${foldForMatching(e.summary)})`;
  return statements.length + events.length;
}

/**
 * The FTS5 MATCH expression for a reader's query: its folded words as one phrase (consecutive words, any separator
 * between them), the last word as a prefix ("ереван" finds "Ереване"). Every word is quoted with `"` doubled, so
 * FTS5 operators typed by a reader (AND, NEAR, *, ^, :, parentheses) are searched as text, never run.
 * Returns null when the query has no words.
 */
export function matchExpression(query: string): string | null {
  const words = searchWords(foldForMatching(query)).map((w) => w.word);
  if (words.length === 0) return null;
  return `"${words.join(" ").replaceAll('"', '""')}" *`;
}

export interface IndexHit {
  kind: "statement" | "event";
  /** Statement.id or Event.id. */
  id: number;
}

/** Statements and events matching `query`, best first (FTS5 bm25, title words weighted 2× body words); at most `limit`. */
export async function searchIndex(query: string, limit: number, db: PrismaClient): Promise<IndexHit[]> {
  const expression = matchExpression(query);
  if (!expression) return [];
  await db.$transaction(async (tx) => {
    await refreshSearchIndex(tx);
  });
  const rows = await db.$queryRaw<{ rowid: number | bigint }[]>`
    SELECT rowid FROM "search_index" WHERE "search_index" MATCH ${expression}
    ORDER BY bm25("search_index", 2.0, 1.0) LIMIT ${limit}`;
  return rows.map(({ rowid }) => {
    const n = Number(rowid);
    return n % 2 === 0 ? { kind: "statement" as const, id: n / 2 } : { kind: "event" as const, id: (n - 1) / 2 };
  });
}
