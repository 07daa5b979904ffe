/** Limits of fetching and uploading sources (issue 13: "at most 5 redirects, 5 MB, 15 s"). */
export const MAX_REDIRECTS = 5;
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024; // bytes of the (decoded) response body or uploaded file
export const FETCH_TIMEOUT_MS = 15_000; // for the whole fetch, redirects included

/** Sent with every request, so a publisher can see who fetches and why. */
export const USER_AGENT = "ReadoutBot/0.1 (Readout: keeps snapshots of published readouts and checks them for silent edits)";

/**
 * The setting that lets the fetcher reach otherwise refused hosts (a local test server, an intranet mirror):
 * a comma-separated list of host names or IP literals, compared with the URL's host name (any port).
 * Example: READOUT_FETCH_ALLOW_HOSTS=127.0.0.1,mirror.internal
 */
export const ALLOW_HOSTS_ENV = "READOUT_FETCH_ALLOW_HOSTS";

/** The allowed hosts from the environment, lower-case, IPv6 without brackets. */
export function allowedHostsFromEnv(env: Record<string, string | undefined> = process.env): string[] {
  return (env[ALLOW_HOSTS_ENV] ?? "")
    .split(",")
    .map((host) => host.trim().toLowerCase().replace(/^\[|\]$/g, ""))
    .filter(Boolean);
}
