/**
 * Where the app may send a browser after login or an action: a path on this app's own origin, nothing else.
 *
 * Browsers are generous with what they treat as another host: `//evil.example`, `/\evil.example` (a backslash is a
 * slash to WHATWG URL parsers), and `/<tab>/evil.example` (tabs and line breaks are dropped before parsing) all
 * leave the site. A line break in a Location header also makes Node throw (a 500). So a target is refused when it,
 * or any percent-decoded form of it, holds a backslash or a control character, or when it does not resolve against
 * a stand-in origin to that same origin. Source of the parsing rules: WHATWG URL Standard §4.4 (basic URL parser:
 * tab/newline removal, backslash as a path separator for special schemes).
 */

/** A stand-in origin: targets are resolved against it, and must still be on it afterwards. */
const HOME = "http://readout.invalid";
/** Longer than any path the app makes; a longer one is refused rather than echoed into a header. */
const MAX_TARGET_LENGTH = 2000;
/** C0 controls, DEL and C1 controls (U+0080–U+009F), plus the Unicode line and paragraph separators. */
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;
/** How many rounds of percent-decoding are inspected (`%255C` → `%5C` → `\`). */
const DECODE_ROUNDS = 3;

/**
 * True when some decoding of `value` (including none) shows a backslash or a control character, or no longer
 * reads as a single-slash path (an encoded `//host` or `https:`), so a later decode by a proxy cannot turn it away.
 */
function hidesUnsafeCharacters(value: string): boolean {
  let current = value;
  for (let round = 0; round <= DECODE_ROUNDS; round++) {
    if (current.includes("\\") || CONTROL.test(current)) return true;
    if (!current.startsWith("/") || current.startsWith("//")) return true;
    if (!current.includes("%")) return false;
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      return true; // malformed escapes: nothing the app produces
    }
    if (decoded === current) return false;
    current = decoded;
  }
  return true; // still encoded after several rounds: refuse rather than guess
}

/**
 * `value` when it is a same-origin path (starting with a single "/"), normalised to path + query + hash as the
 * browser would resolve it; otherwise `fallback`. Never throws; accepts any input (form fields, query values).
 */
export function safeRedirectTarget(value: unknown, fallback = "/editor"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_TARGET_LENGTH) return fallback;
  if (!value.startsWith("/") || value.startsWith("//")) return fallback;
  if (hidesUnsafeCharacters(value)) return fallback;
  let resolved: URL;
  try {
    resolved = new URL(value, HOME);
  } catch {
    return fallback;
  }
  if (resolved.origin !== HOME) return fallback;
  const target = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  // The normalised path must itself be a plain same-origin path (e.g. "/./%2F/x" must not become "//x").
  return target.startsWith("/") && !target.startsWith("//") ? target : fallback;
}
