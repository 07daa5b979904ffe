import type { Tx } from "../db";

/** A new statement's columns as the bulk insert writes them (ids of rows that exist, dates as Date or null). */
export interface StatementRow {
  slug: string;
  eventId: number;
  partyId: number;
  position: number;
  title: string;
  kind: string;
  sourceRole: string;
  sourceName: string;
  sourceUrl: string | null;
  publishedOn: Date | null;
  language: string;
  speaker: string | null;
  provenanceNote: string;
  body: string;
  createdById: number;
}

const COLUMNS = [
  "slug", "eventId", "partyId", "position", "title", "kind", "sourceRole", "sourceName", "sourceUrl", "publishedOn",
  "language", "speaker", "provenanceNote", "body", "createdById", "createdAt", "updatedAt",
] as const;

/** A DateTime as Prisma 6.19.3's SQLite adapter stores it: ISO 8601 text with "+00:00" (docs/STACK.md). */
function sqliteDateTime(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

/**
 * Inserts statements with one multi-row INSERT (SQLite, `?` placeholders) inside the caller's transaction.
 * Prisma 6.19.3's `createMany` spent 1–5 s of synchronous work per 100 statements here (client-engine query
 * building), stalling every other request; one raw INSERT of the same rows takes milliseconds. Keep `rows` to at
 * most WRITE_BATCH_ROWS (17 parameters a row, under SQLite's 32,766).
 */
export async function insertStatements(tx: Tx, rows: readonly StatementRow[], now: Date = new Date()): Promise<void> {
  if (!rows.length) return;
  const stamp = sqliteDateTime(now);
  const values = rows.flatMap((row) => [
    row.slug, row.eventId, row.partyId, row.position, row.title, row.kind, row.sourceRole, row.sourceName, row.sourceUrl,
    row.publishedOn ? sqliteDateTime(row.publishedOn) : null, row.language, row.speaker, row.provenanceNote, row.body,
    row.createdById, stamp, stamp,
  ]);
  const tuple = `(${COLUMNS.map(() => "?").join(", ")})`;
  await tx.$executeRawUnsafe(
    `INSERT INTO "Statement" (${COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES ${rows.map(() => tuple).join(", ")}`,
    ...values,
  );
}

/** Inserts statement↔exchange links with one multi-row INSERT (SQLite), for the same reason as insertStatements. */
export async function insertStatementExchanges(tx: Tx, links: readonly { statementId: number; exchangeId: number }[]): Promise<void> {
  if (!links.length) return;
  await tx.$executeRawUnsafe(
    `INSERT INTO "StatementExchange" ("statementId", "exchangeId") VALUES ${links.map(() => "(?, ?)").join(", ")}`,
    ...links.flatMap((link) => [link.statementId, link.exchangeId]),
  );
}
