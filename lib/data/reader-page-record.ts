import type { PrismaClient } from "../db";

/**
 * Where an unknown event or statement is sent: a path no route serves, so Next answers with its not-found route —
 * app/not-found.tsx inside the root layout, server-rendered, status 404. A page that calls notFound() itself gets the
 * status but, in Next 16, an empty `<html id="__next_error__">` document whose message only JavaScript draws (the
 * error is thrown while the shell renders, and Next's recovery renders no not-found boundary: vercel/next.js#62228),
 * so readers without JavaScript, screen readers fetching the page and search engines saw nothing (tester 39 #6).
 */
export const UNKNOWN_RECORD_PATH = "/_readout/not-found";

/** The record a reader page is about: the event of `/events/<slug>`, the statement of `/statements/<id>[/history]`. */
export type ReaderPageRecord = { kind: "event"; slug: string } | { kind: "statement"; id: number | null };

/**
 * The record `pathname` names, or null for a path that is not an event, statement or revision-history page (or whose
 * slug is not valid percent-encoding, which Next refuses on its own). A statement id that is not a positive integer
 * is `id: null`: no statement has it (lib/data/statements.ts getStatement).
 */
export function readerPageRecord(pathname: string): ReaderPageRecord | null {
  const event = /^\/events\/([^/]+)\/?$/.exec(pathname);
  if (event) {
    try {
      return { kind: "event", slug: decodeURIComponent(event[1]) };
    } catch {
      return null;
    }
  }
  const statement = /^\/statements\/([^/]+)(?:\/history)?\/?$/.exec(pathname);
  if (!statement) return null;
  const id = Number(statement[1]);
  return { kind: "statement", id: Number.isInteger(id) && id > 0 ? id : null };
}

/**
 * Whether the record exists, read with one indexed lookup of its key (no statements or versions loaded). Throws
 * what the database throws (not ready, unreachable): the caller lets the page say so.
 */
export async function readerPageRecordExists(record: ReaderPageRecord, db: PrismaClient): Promise<boolean> {
  if (record.kind === "event") return (await db.event.findUnique({ where: { slug: record.slug }, select: { id: true } })) !== null;
  if (record.id === null) return false;
  return (await db.statement.findUnique({ where: { id: record.id }, select: { id: true } })) !== null;
}
