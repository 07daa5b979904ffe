import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE_NAME } from "./lib/auth/session-cookie";
import { isCacheableQuery, queryToSegment } from "./lib/view/event-page-key";

/**
 * Reading views from cache: an anonymous reader's `/events/<slug>?<query>` is served by the cached route
 * `/events/<slug>/view/<query as a segment>` (rendered once per query, revalidated on every write; the address the
 * reader sees does not change). A request carrying a session cookie goes to the dynamic page, so signed-in editors
 * always see fresh data; so does a query with names the page does not know (isCacheableQuery), which would
 * otherwise fill the cache with copies. The cookie's presence alone decides; the proxy never opens it.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has(SESSION_COOKIE_NAME)) return NextResponse.next();
  // From request.url, not nextUrl: nextUrl writes 127.0.0.1 as "localhost", and a rewrite to another origin than the
  // server's is sent through Next's HTTP proxy (a second request, with a 30 s limit) instead of served in-process.
  const url = new URL(request.url);
  const [, , slug] = url.pathname.split("/");
  url.searchParams.delete("_rsc"); // the client router's cache-buster, not part of the view
  if (!isCacheableQuery(url.searchParams.toString())) return NextResponse.next();
  url.pathname = `/events/${slug}/view/${queryToSegment(url.searchParams.toString())}`;
  url.search = "";
  return NextResponse.rewrite(url);
}

export const config = { matcher: "/events/:slug" };
