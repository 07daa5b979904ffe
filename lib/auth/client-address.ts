/**
 * The client address the login throttle counts by: the last entry of X-Forwarded-For, i.e. what the nearest hop
 * saw. `next start` sets that header to the socket's address when the request has none; behind a reverse proxy,
 * the proxy must overwrite it (nginx: `proxy_set_header X-Forwarded-For $remote_addr;`), or a client could name
 * any address (see README, "Editing"). "unknown" when absent.
 */
export function clientAddress(headers: { get(name: string): string | null }): string {
  const forwarded = headers.get("x-forwarded-for") ?? "";
  const last = forwarded.split(",").map((part) => part.trim()).filter(Boolean).pop() ?? "";
  // Addresses are short; anything longer or odd is one shared bucket rather than a way to mint endless keys.
  return /^[0-9A-Fa-f:.]{1,45}$/.test(last) ? last.toLowerCase() : "unknown";
}
