import { createHash } from "node:crypto";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import type { Readable } from "node:stream";
import zlib from "node:zlib";
import { refusedAddressReason } from "./address";
import { allowedHostsFromEnv, FETCH_TIMEOUT_MS, MAX_REDIRECTS, MAX_SOURCE_BYTES, USER_AGENT } from "./limits";

/**
 * The only code in Readout that touches the network. It fetches one http(s) URL with GET, following redirects, and
 * refuses anything an editor's URL must not reach (SSRF): every host name is resolved and every address checked
 * (lib/sources/address.ts) on the first request and on each redirect, and the connection goes to the address that
 * was checked (the check runs inside the socket's `lookup`, so a second DNS answer cannot swap it: no rebinding).
 */

export type FetchRefusal =
  | "bad_url"
  | "scheme"
  | "credentials"
  | "refused_address"
  | "dns"
  | "too_many_redirects"
  | "too_large"
  | "timeout"
  | "http_status"
  | "network";

/** A fetch that did not produce a response body; `message` is written for the editor. Nothing was stored. */
export class SourceFetchError extends Error {
  constructor(
    readonly refusal: FetchRefusal,
    message: string,
    /** The HTTP status, for `http_status`. */
    readonly status?: number,
  ) {
    super(message);
    this.name = "SourceFetchError";
  }
}

export interface FetchOptions {
  /** Hosts allowed despite a refused address (default: READOUT_FETCH_ALLOW_HOSTS, see lib/sources/limits.ts). */
  allowHosts?: string[];
  /** Validators from an earlier fetch: sent as If-None-Match / If-Modified-Since. */
  etag?: string | null;
  lastModified?: string | null;
  maxRedirects?: number;
  maxBytes?: number;
  /** For the whole fetch, redirects included (ms). */
  timeoutMs?: number;
}

export interface FetchedSource {
  requestedUrl: string;
  /** After redirects. */
  finalUrl: string;
  status: number;
  /** True on a 304 answer to a conditional request: `bytes` is empty, the earlier snapshot still stands. */
  notModified: boolean;
  contentType: string;
  /** The response body, decoded from gzip/deflate/br when the server compressed it. */
  bytes: Uint8Array;
  /** Hex SHA-256 of `bytes`. */
  sha256: string;
  fetchedAt: Date;
  etag: string | null;
  lastModified: string | null;
  contentLanguage: string | null;
  redirects: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/^\[|\]$/g, "");
}

/** Checks a URL before any connection: parseable, http(s), no user:password, and an IP literal host not refused. */
function checkUrl(raw: string, allowHosts: string[], base?: URL): URL {
  let url: URL;
  try {
    url = base ? new URL(raw, base) : new URL(raw);
  } catch {
    throw new SourceFetchError("bad_url", `“${raw}” is not a valid web address.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new SourceFetchError("scheme", `Only http:// and https:// addresses can be fetched, not ${url.protocol}// (${url.href}).`);
  }
  if (url.username || url.password) throw new SourceFetchError("credentials", "Addresses with a user name or password are not fetched.");
  const host = hostOf(url);
  if (isIP(host) && !allowHosts.includes(host)) {
    const reason = refusedAddressReason(host);
    if (reason) throw refused(url, host, reason);
  }
  return url;
}

function refused(url: URL, address: string, reason: string) {
  return new SourceFetchError(
    "refused_address",
    `Refused to fetch ${url.href}: ${hostOf(url) === address ? "it is" : `${url.hostname} resolves to ${address},`} ${reason}. Only public internet addresses are fetched.`,
  );
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A `lookup` for http.request that resolves the host and refuses the connection unless every address is public. */
function guardedLookup(url: URL, allowHosts: string[]) {
  return (hostname: string, options: { all?: boolean; family?: number }, callback: LookupCallback) => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses) => {
      if (error) {
        callback(new SourceFetchError("dns", `The host name ${hostname} could not be resolved (${error.code ?? error.message}).`) as NodeJS.ErrnoException, []);
        return;
      }
      if (!allowHosts.includes(hostname.toLowerCase())) {
        for (const { address } of addresses) {
          const reason = refusedAddressReason(address);
          if (reason) {
            callback(refused(url, address, reason) as unknown as NodeJS.ErrnoException, []);
            return;
          }
        }
      }
      if (options.all) callback(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

interface OneResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Readable;
  abort: () => void;
}

function requestOnce(url: URL, headers: Record<string, string>, allowHosts: string[], signal: AbortSignal): Promise<OneResponse> {
  const transport = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = transport.request(
      url,
      { method: "GET", headers, agent: false, lookup: guardedLookup(url, allowHosts) as never, signal },
      (response) => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: response, abort: () => request.destroy() }),
    );
    request.on("error", reject);
    request.end();
  });
}

function header(headers: http.IncomingHttpHeaders, name: string): string | null {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

function decoded(body: Readable, encoding: string | null): Readable {
  switch ((encoding ?? "").trim().toLowerCase()) {
    case "gzip":
    case "x-gzip":
      return body.pipe(zlib.createGunzip());
    case "deflate":
      return body.pipe(zlib.createInflate());
    case "br":
      return body.pipe(zlib.createBrotliDecompress());
    default:
      return body;
  }
}

/** Reads a body, aborting as soon as it passes `maxBytes` (counted after decompression). */
async function readLimited(response: OneResponse, url: URL, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(header(response.headers, "content-length"));
  const tooLarge = () =>
    new SourceFetchError("too_large", `${url.href} is larger than ${(maxBytes / (1024 * 1024)).toFixed(0)} MB; nothing was kept.`);
  if (Number.isFinite(declared) && declared > maxBytes && !header(response.headers, "content-encoding")) {
    response.abort();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of decoded(response.body, header(response.headers, "content-encoding"))) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      response.abort();
      throw tooLarge();
    }
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function asFetchError(error: unknown, url: URL, signal: AbortSignal, timeoutMs: number): SourceFetchError {
  if (error instanceof SourceFetchError) return error;
  const cause = (error as { cause?: unknown })?.cause;
  if (cause instanceof SourceFetchError) return cause;
  if (signal.aborted) return new SourceFetchError("timeout", `${url.href} did not answer within ${timeoutMs / 1000} s.`);
  const code = (error as NodeJS.ErrnoException)?.code;
  return new SourceFetchError("network", `${url.href} could not be fetched (${code ?? (error as Error)?.message ?? "network error"}).`);
}

/**
 * GETs `rawUrl` and returns the final response's body and metadata.
 *
 * Limits (lib/sources/limits.ts): at most 5 redirects, 5 MB of body (streamed, aborted when passed), 15 s in all.
 * Throws SourceFetchError (with a message for the editor) for: a bad URL, a scheme other than http(s), credentials
 * in the URL, a host whose address is loopback/private/link-local/metadata/… (unless listed in `allowHosts`), a DNS
 * failure, too many redirects, a body too large, the time limit, a network error, and any final status other than
 * 2xx (or 304 when validators were sent, which returns `notModified: true`).
 */
export async function fetchSource(rawUrl: string, options: FetchOptions = {}): Promise<FetchedSource> {
  const allowHosts = (options.allowHosts ?? allowedHostsFromEnv()).map((host) => host.toLowerCase().replace(/^\[|\]$/g, ""));
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  const maxBytes = options.maxBytes ?? MAX_SOURCE_BYTES;
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const requestedUrl = checkUrl(rawUrl.trim(), allowHosts);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const headers: Record<string, string> = {
    "user-agent": USER_AGENT,
    accept: "text/html,application/xhtml+xml,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain;q=0.8,*/*;q=0.5",
    "accept-encoding": "gzip, deflate, br",
  };
  if (options.etag) headers["if-none-match"] = options.etag;
  if (options.lastModified) headers["if-modified-since"] = options.lastModified;
  let url = requestedUrl;
  try {
    for (let redirects = 0; ; redirects++) {
      let response: OneResponse;
      try {
        response = await requestOnce(url, headers, allowHosts, controller.signal);
      } catch (error) {
        throw asFetchError(error, url, controller.signal, timeoutMs);
      }
      const location = header(response.headers, "location");
      if (REDIRECTS.has(response.status) && location) {
        response.abort();
        if (redirects >= maxRedirects) {
          throw new SourceFetchError("too_many_redirects", `${requestedUrl.href} redirected more than ${maxRedirects} times; gave up at ${url.href}.`);
        }
        url = checkUrl(location, allowHosts, url);
        continue;
      }
      const meta = {
        requestedUrl: requestedUrl.href,
        finalUrl: url.href,
        status: response.status,
        contentType: header(response.headers, "content-type") ?? "application/octet-stream",
        fetchedAt: new Date(),
        etag: header(response.headers, "etag"),
        lastModified: header(response.headers, "last-modified"),
        contentLanguage: header(response.headers, "content-language"),
        redirects,
      };
      if (response.status === 304 && (options.etag || options.lastModified)) {
        response.abort();
        return { ...meta, notModified: true, bytes: new Uint8Array(), sha256: sha256Hex(new Uint8Array()) };
      }
      if (response.status < 200 || response.status > 299) {
        response.abort();
        throw new SourceFetchError("http_status", `${url.href} answered HTTP ${response.status}${response.status === 404 ? " (not found)" : ""}.`, response.status);
      }
      let bytes: Uint8Array;
      try {
        bytes = await readLimited(response, url, maxBytes);
      } catch (error) {
        throw asFetchError(error, url, controller.signal, timeoutMs);
      }
      return { ...meta, notModified: false, bytes, sha256: sha256Hex(bytes) };
    }
  } finally {
    clearTimeout(timer);
  }
}
