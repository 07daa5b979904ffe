import { Prisma } from "../../generated/prisma/client";
import { clientProvider, type Tx } from "../db";

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

/**
 * A DateTime as a raw-SQL value: on SQLite the text Prisma 6.19.3's adapter stores (ISO 8601 with "+00:00",
 * docs/STACK.md); on PostgreSQL a Date, which the pg adapter binds as a timestamp (Prisma stores UTC).
 */
function dateTimeValue(tx: Tx, date: Date): string | Date {
  return clientProvider(tx) === "postgresql" ? date : date.toISOString().replace("Z", "+00:00");
}

/**
 * Inserts statements with one multi-row INSERT (SQLite or PostgreSQL) inside the caller's transaction.
 * Prisma 6.19.3's `createMany` spent 1–5 s of synchronous work per 100 statements here (client-engine query
 * building), stalling every other request; one raw INSERT of the same rows takes milliseconds. Keep `rows` to at
 * most WRITE_BATCH_ROWS (17 parameters a row, under SQLite's 32,766).
 */
export async function insertStatements(tx: Tx, rows: readonly StatementRow[], now: Date = new Date()): Promise<void> {
  if (!rows.length) return;
  const stamp = dateTimeValue(tx, now);
  // Prisma.sql binds each value as a parameter (no spread of a long argument list into the call).
  const tuples = rows.map(
    (row) =>
      Prisma.sql`(${row.slug}, ${row.eventId}, ${row.partyId}, ${row.position}, ${row.title}, ${row.kind}, ${row.sourceRole}, ${row.sourceName}, ${row.sourceUrl}, ${row.publishedOn ? dateTimeValue(tx, row.publishedOn) : null}, ${row.language}, ${row.speaker}, ${row.provenanceNote}, ${row.body}, ${row.createdById}, ${stamp}, ${stamp})`,
  );
  await tx.$executeRaw(Prisma.sql`INSERT INTO "Statement" (${Prisma.raw(COLUMNS.map((c) => `"${c}"`).join(", "))}) VALUES ${Prisma.join(tuples)}`);
}

/** Inserts statement↔exchange links with one multi-row INSERT, for the same reason as insertStatements. */
export async function insertStatementExchanges(tx: Tx, links: readonly { statementId: number; exchangeId: number }[]): Promise<void> {
  if (!links.length) return;
  const tuples = links.map((link) => Prisma.sql`(${link.statementId}, ${link.exchangeId})`);
  await tx.$executeRaw(Prisma.sql`INSERT INTO "StatementExchange" ("statementId", "exchangeId") VALUES ${Prisma.join(tuples)}`);
}
