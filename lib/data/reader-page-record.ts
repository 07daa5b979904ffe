import type { PrismaClient } from "../db";
import { parseStatementId } from "../domain/record-id";

/**
 * Where an unknown event or statement is sent: a path no route serves, so Next answers with its not-found route —
 * app/not-found.tsx inside the root layout, server-rendered, status 404. A page that calls notFound() itself gets the
 * status but, in Next 16, an empty `<html id="__next_error__">` document whose message only JavaScript draws (the
 * error is thrown while the shell renders, and Next's recovery renders no not-found boundary: vercel/next.js#62228),
 * so readers without JavaScript, screen readers fetching the page and search engines saw nothing (tester 39 #6).
 */
export const UNKNOWN_RECORD_PATH = "/_readout/not-found";

/**
 * The record a reader page is about: the event of `/events/<slug>`, the statement of `/statements/<id>[/history]`.
 * `slug: null` is a slug that is not valid percent-encoding (`/events/%`), `id: null` an id not written as
 * lib/domain/record-id.ts statementIdSchema writes them (`08`, `+8`, `8.0`, `1e1`, beyond the Int column): no
 * record has either, so both are unknown. `canonical` is set when the id segment percent-encodes a canonical id
 * (`/statements/%38`): by RFC 3986 (6.2.2.2) the same address as `/statements/8`, which it is redirected to.
 */
export type ReaderPageRecord = { kind: "event"; slug: string | null } | { kind: "statement"; id: number | null; canonical?: string };

/** `text` percent-decoded, or null when it is not valid percent-encoding. */
function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** The record `pathname` (as requested, still percent-encoded) names, or null for a path that is not an event, statement or revision-history page. */
export function readerPageRecord(pathname: string): ReaderPageRecord | null {
  const event = /^\/events\/([^/]+)\/?$/.exec(pathname);
  if (event) return { kind: "event", slug: decoded(event[1]) };
  const statement = /^\/statements\/([^/]+)(\/history)?\/?$/.exec(pathname);
  if (!statement) return null;
  const [, segment, history = ""] = statement;
  const id = parseStatementId(segment);
  if (id !== null) return { kind: "statement", id };
  const plain = decoded(segment);
  const aliased = plain === null ? null : parseStatementId(plain);
  return aliased === null ? { kind: "statement", id: null } : { kind: "statement", id: null, canonical: `/statements/${aliased}${history}` };
}

/**
 * Whether the record exists, read with one indexed lookup of its key (no statements or versions loaded). Throws
 * what the database throws (not ready, unreachable): the caller lets the page say so.
 */
export async function readerPageRecordExists(record: ReaderPageRecord, db: PrismaClient): Promise<boolean> {
  if (record.kind === "event") return record.slug !== null && (await db.event.findUnique({ where: { slug: record.slug }, select: { id: true } })) !== null;
  if (record.id === null) return false;
  return (await db.statement.findUnique({ where: { id: record.id }, select: { id: true } })) !== null;
}
