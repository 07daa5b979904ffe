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
  // Served in-process when the request names the server by host name (a reverse proxy's Host, or localhost). Asked
  // by IP (127.0.0.1), Next writes the rewrite's host as "localhost", takes it for another origin and sends it
  // through its HTTP proxy: a second request per page, cut off after 30 s (docs/PERFORMANCE.md).
  const url = new URL(request.url);
  const [, , slug] = url.pathname.split("/");
  url.searchParams.delete("_rsc"); // the client router's cache-buster, not part of the view
  if (!isCacheableQuery(url.searchParams.toString())) return NextResponse.next();
  url.pathname = `/events/${slug}/view/${queryToSegment(url.searchParams.toString(), currentWriteGeneration())}`;
  url.search = "";
  return NextResponse.rewrite(url);
}

export const config = { matcher: "/events/:slug" };
