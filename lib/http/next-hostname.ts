/**
 * The host name to give Next for a server listening on `listenHost`. Next writes a loopback address (127.x.x.x, ::1)
 * as "localhost" in proxy.ts's rewrites (NextURL), and sends a rewrite whose origin differs from the one it was
 * started with through its own HTTP proxy (resolve-routes: getRelativeURL against `http://<hostname>:<port>`), i.e. a
 * second request per anonymous event page, cut off after 30 s. Giving Next "localhost" for a loopback listen address
 * makes the two agree, so the rewrite is served in-process (scripts/serve.ts). Other addresses and host names are
 * given as they are (Next leaves them as written). Returns "localhost" for "localhost" and loopback IPs, else
 * `listenHost` unchanged.
 */
export function nextHostnameFor(listenHost: string): string {
  const host = listenHost.replace(/^\[(.*)\]$/, "$1").toLowerCase();
  if (host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host)) return "localhost";
  return listenHost;
}
