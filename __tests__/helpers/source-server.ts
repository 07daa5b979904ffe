import http from "node:http";
import type { AddressInfo } from "node:net";

export type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => void;

export interface SourceServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  port: number;
  /** Every request received, in order: method, path and the headers a polite fetcher sends. */
  requests: { path: string; headers: http.IncomingHttpHeaders }[];
  /** Replace or add a route while the server runs (a page that changes between two watch passes). */
  route: (path: string, handler: Handler) => void;
  close: () => Promise<void>;
}

/** A real HTTP server on 127.0.0.1 and a free port, answering from a table of paths; 404 for anything else. */
export async function startSourceServer(routes: Record<string, Handler> = {}): Promise<SourceServer> {
  const table = new Map(Object.entries(routes));
  const requests: SourceServer["requests"] = [];
  const server = http.createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0];
    requests.push({ path, headers: request.headers });
    const handler = table.get(path);
    if (handler) handler(request, response);
    else response.writeHead(404, { "content-type": "text/plain" }).end("no such page");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    route: (path, handler) => void table.set(path, handler),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A handler serving `body` with a content type and optional validators; answers 304 to a matching If-None-Match. */
export function page(body: string | Uint8Array, contentType = "text/html; charset=utf-8", validators: { etag?: string; lastModified?: string } = {}): Handler {
  return (request, response) => {
    if (validators.etag && request.headers["if-none-match"] === validators.etag) {
      response.writeHead(304, { etag: validators.etag }).end();
      return;
    }
    const headers: Record<string, string> = { "content-type": contentType };
    if (validators.etag) headers.etag = validators.etag;
    if (validators.lastModified) headers["last-modified"] = validators.lastModified;
    response.writeHead(200, headers).end(body);
  };
}

export function redirect(location: string, status = 302): Handler {
  return (_, response) => void response.writeHead(status, { location }).end();
}

/** A readout page written for the tests (not a real statement): title, date, site name, language, paragraphs. */
export function readoutPage({ title, paragraphs, date = "2024-03-14", lang = "en", site = "Ministry of Examples" }: { title: string; paragraphs: string[]; date?: string; lang?: string; site?: string }): string {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${title} | ${site}</title>
<meta property="og:site_name" content="${site}"><meta property="article:published_time" content="${date}T09:30:00+04:00">
</head><body>
<nav><a href="/">Home</a> <a href="/press">Press</a> <a href="/contacts">Contacts</a></nav>
<main><article><h1>${title}</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}
</article></main>
<aside>Subscribe to our newsletter for more updates from the press office.</aside>
<footer>© Ministry of Examples. All rights reserved.</footer>
</body></html>`;
}
