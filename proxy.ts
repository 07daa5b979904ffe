import { NextResponse, type NextRequest } from "next/server";
import { readerPageRecord, readerPageRecordExists, UNKNOWN_RECORD_PATH, type ReaderPageRecord } from "./lib/data/reader-page-record";
import { prisma, readPrisma } from "./lib/db";
import { SESSION_COOKIE_NAME } from "./lib/auth/session-cookie";
import { isCacheableQuery, queryToSegment } from "./lib/view/event-page-key";
import { currentWriteGeneration } from "./lib/view/write-generation";

/**
 * Unknown records first: `/events/<slug>`, `/statements/<id>` and `/statements/<id>/history` naming no event or
 * statement are rewritten to UNKNOWN_RECORD_PATH (one indexed lookup per record and write generation; the pages keep
 * their own notFound() for a record deleted in between). A database that cannot answer lets the request through, so
 * the page says why. A statement id is read as the pages and the API read it (lib/domain/record-id.ts): one written
 * any other way (`08`, `+8`, `8.0`, too large for the Int column) or a slug that is not valid percent-encoding names
 * no record, without asking the database; a percent-encoded canonical id (`/statements/%38`, the same address as
 * `/statements/8` by RFC 3986) is redirected, permanently, to the plain one.
 *
 * Then reading views from cache: an anonymous reader's `/events/<slug>?<query>` is served by the cached route
 * `/events/<slug>/view/<write generation>~<query as a segment>` (rendered once per query and generation; every write
 * starts a new generation and revalidates; the address the reader sees does not change). The generation makes a
 * render that began before a write, and that Next stores after it, unreachable (lib/view/write-generation.ts). A request carrying a session cookie goes to the dynamic page, so signed-in editors
 * always see fresh data; so does a query with names the page does not know (isCacheableQuery), which would
 * otherwise fill the cache with copies. The cookie's presence alone decides; the proxy never opens it.
 */
export async function proxy(request: NextRequest) {
  const editor = request.cookies.has(SESSION_COOKIE_NAME);
  const record = readerPageRecord(request.nextUrl.pathname);
  if (record?.kind === "statement" && record.canonical) {
    const canonical = new URL(request.url);
    canonical.pathname = record.canonical;
    return NextResponse.redirect(canonical, 308);
  }
  if (record && (await isUnknownRecord(record, editor))) return NextResponse.rewrite(new URL(UNKNOWN_RECORD_PATH, request.url));
  if (editor || !request.nextUrl.pathname.startsWith("/events/")) return NextResponse.next();
  // Served in-process only when Next was given the host name it writes in the rewrite: a loopback IP becomes
  // "localhost". `npm start` (scripts/serve.ts) sees to it; under `next start -H 127.0.0.1` Next would take the rewrite
  // for another origin and send it through its HTTP proxy, a second request per page (lib/http/next-hostname.ts).
  const url = new URL(request.url);
  const [, , slug] = url.pathname.split("/");
  url.searchParams.delete("_rsc"); // the client router's cache-buster, not part of the view
  if (!isCacheableQuery(url.searchParams.toString())) return NextResponse.next();
  url.pathname = `/events/${slug}/view/${queryToSegment(url.searchParams.toString(), currentWriteGeneration())}`;
  url.search = "";
  return NextResponse.rewrite(url);
}

// Records found in the current write generation. Only a write removes one, and every write starts a new generation,
// so a record found once needs no second lookup until then (a record removed by another process still gets the page's
// own notFound(), a 404). Only found records are kept: made-up addresses cannot grow it.
const found = { generation: "", keys: new Set<string>() };

/** Whether `record` is an event or statement that does not exist; read from the database its page reads. */
async function isUnknownRecord(record: ReaderPageRecord, editor: boolean): Promise<boolean> {
  if ((record.kind === "event" ? record.slug : record.id) === null) return true; // no record has it: nothing to ask
  // Readers' event pages read the replica, editors' and statement pages the primary (event-page.tsx, statements/[id]).
  const replica = record.kind === "event" && !editor;
  const key = `${replica ? "replica" : "primary"} ${record.kind} ${record.kind === "event" ? record.slug : record.id}`;
  const generation = currentWriteGeneration();
  if (found.generation !== generation) [found.generation, found.keys] = [generation, new Set()];
  if (found.keys.has(key)) return false;
  try {
    const exists = await readerPageRecordExists(record, replica ? readPrisma : prisma);
    if (exists) found.keys.add(key);
    return !exists;
  } catch {
    return false;
  }
}

export const config = { matcher: ["/events/:slug", "/statements/:id", "/statements/:id/history"] };
