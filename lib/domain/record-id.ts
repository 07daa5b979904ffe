import { z } from "zod";

/**
 * The largest id a record can have: Prisma's `Int` (prisma/schema.prisma) is a signed 32-bit integer on SQLite and
 * PostgreSQL alike, and Prisma refuses a larger number with a validation error instead of finding nothing.
 */
export const MAX_RECORD_ID = 2_147_483_647;

/** Whether `id` can be a record's id: a whole number from 1 to MAX_RECORD_ID (lib/data getters answer null otherwise). */
export function isRecordId(id: number): boolean {
  return Number.isInteger(id) && id >= 1 && id <= MAX_RECORD_ID;
}

/**
 * A statement id as an address writes it, the one way: decimal digits without a sign, leading zero, point, exponent
 * or spaces, from 1 to MAX_RECORD_ID ("8", never "08", "+8", "8.0", "0x8", "1e1" or " 8"). One record has one
 * address: the pages, the proxy (proxy.ts via lib/data/reader-page-record.ts) and the API read ids with this schema.
 */
export const statementIdSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/)
  .transform(Number)
  .pipe(z.number().max(MAX_RECORD_ID));

/**
 * The id `segment` (one path segment, as Next gives it to a page or route) names, or null when it is not one written
 * canonically (statementIdSchema's one way). Every record read from an address, a statement, party, event or snapshot,
 * is read with it: `/editor/parties/08` or `/statements/7/snapshots/1e0` name nothing, as `/statements/08` does not.
 */
export function parseRecordId(segment: string): number | null {
  const parsed = statementIdSchema.safeParse(segment);
  return parsed.success ? parsed.data : null;
}

/** A statement's id from its address segment: parseRecordId. */
export const parseStatementId = parseRecordId;

/** The API's answer to a segment parseStatementId refuses (a 400). */
export function statementIdMessage(segment: string): string {
  return `Statement id must be a whole number from 1 to ${MAX_RECORD_ID} written without leading zeros, got "${segment}"`;
}
