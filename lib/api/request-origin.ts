const HOST = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

/**
 * The origin the client asked for ("http://127.0.0.1:3000"), for links printed into downloads (an export's
 * permalink). `next start` gives route handlers a request URL on its own bind name ("localhost"), not the address
 * the client used, so the Host header decides; X-Forwarded-Proto (a proxy's "https") the scheme. A Host that is
 * not a plain host[:port] falls back to the request URL's.
 */
export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get("host")?.trim() ?? "";
  const forwardedProto = request.headers.get("x-forwarded-proto")?.split(",")[0].trim().toLowerCase();
  const protocol = forwardedProto === "https" || forwardedProto === "http" ? `${forwardedProto}:` : url.protocol;
  return `${protocol}//${HOST.test(host) ? host : url.host}`;
}
