import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE_NAME } from "./lib/auth/session-cookie";
import { isCacheableQuery, queryToSegment } from "./lib/view/event-page-key";
import { currentWriteGeneration } from "./lib/view/write-generation";

/**
 * Reading views from cache: an anonymous reader's `/events/<slug>?<query>` is served by the cached route
 * `/events/<slug>/view/<write generation>~<query as a segment>` (rendered once per query and generation; every write
 * starts a new generation and revalidates; the address the reader sees does not change). The generation makes a
 * render that began before a write, and that Next stores after it, unreachable (lib/view/write-generation.ts). A request carrying a session cookie goes to the dynamic page, so signed-in editors
 * always see fresh data; so does a query with names the page does not know (isCacheableQuery), which would
 * otherwise fill the cache with copies. The cookie's presence alone decides; the proxy never opens it.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has(SESSION_COOKIE_NAME)) return NextResponse.next();
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

export const config = { matcher: "/events/:slug" };
