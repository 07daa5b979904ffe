import { z } from "zod";
import { showsTypography } from "./version-diff";

/** `from` and `to` of a statement's revision history, checked: version numbers the statement has, or absent. */
export interface HistoryQuery {
  from?: number;
  to?: number;
  /** `typography=show`: typographic edits marked like the others (hidden by default). */
  showTypographic?: boolean;
}

/**
 * The schema of the history's `from` and `to` (page, exports and API alike) for a statement whose versions are
 * `versionNumbers` (at least one): each absent, empty, or a whole number naming one of them. Its messages name the
 * parameter, the bad value and the versions there are ("from must be a version of this statement, 1–6, not “99”").
 */
export function historyQuerySchema(versionNumbers: readonly number[]) {
  const known = new Set(versionNumbers);
  const low = versionNumbers.reduce((min, v) => (v < min ? v : min), versionNumbers[0]);
  const high = versionNumbers.reduce((max, v) => (v > max ? v : max), versionNumbers[0]);
  const range = low === high ? `${low}` : known.size === high - low + 1 ? `${low}–${high}` : [...versionNumbers].sort((x, y) => x - y).join(", ");
  const version = (name: string) =>
    z
      .string()
      .optional()
      .transform((raw, context) => {
        if (raw === undefined || raw === "") return undefined;
        const value = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
        if (!known.has(value)) {
          context.addIssue({ code: "custom", message: `${name} must be a version of this statement, ${range}, not “${raw}”` });
          return z.NEVER;
        }
        return value;
      });
  return z.object({ from: version("from"), to: version("to") });
}

/**
 * Reads `from` and `to` from a history URL's query with historyQuerySchema. Returns the versions chosen, or one
 * message naming every bad parameter (the page shows it as a notice and falls back to the defaults; the API and the
 * exports answer 400 with it).
 */
export function parseHistoryQuery(
  versionNumbers: readonly number[],
  query: { from?: string | string[]; to?: string | string[]; typography?: string | string[] },
): { ok: true; query: HistoryQuery } | { ok: false; message: string } {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const parsed = historyQuerySchema(versionNumbers).safeParse({ from: first(query.from), to: first(query.to) });
  return parsed.success
    ? { ok: true, query: { ...parsed.data, ...(showsTypography(query.typography) ? { showTypographic: true } : {}) } }
    : { ok: false, message: parsed.error.issues.map((issue) => issue.message).join("; ") };
}
