import { z } from "zod";
import { repeatedMessage } from "./query-values";
import { showsTypography, TYPOGRAPHY_PARAMETER, typographyMessage } from "./version-diff";

/** `from` and `to` of a statement's revision history, checked: version numbers the statement has, or absent. */
export interface HistoryQuery {
  from?: number;
  to?: number;
  /** `typography=show`: typographic edits marked like the others (hidden by default). */
  showTypographic?: boolean;
}

/**
 * The schema of the history's `from`, `to` and `typography` (page, exports and API alike) for a statement whose versions are
 * `versionNumbers` (at least one): each absent, empty, or a whole number naming one of them, given once. When the
 * statement has two versions or more, `from` and `to` (defaults resolved as historyView does: `to` the newest, `from`
 * the newest older than `to`) must be two different versions: there is no diff of a version with itself. Its messages
 * name the parameter, the bad value and the versions there are ("from must be a version of this statement, 1–6, not
 * “99”"; "from and to are both version 2; choose two different versions of this statement, 1–4").
 */
export function historyQuerySchema(versionNumbers: readonly number[]) {
  const known = new Set(versionNumbers);
  const low = versionNumbers.reduce((min, v) => (v < min ? v : min), versionNumbers[0]);
  const high = versionNumbers.reduce((max, v) => (v > max ? v : max), versionNumbers[0]);
  const range = low === high ? `${low}` : known.size === high - low + 1 ? `${low}–${high}` : [...versionNumbers].sort((x, y) => x - y).join(", ");
  const version = (name: string) =>
    z
      .union([z.string(), z.array(z.string())])
      .optional()
      .transform((raw, context) => {
        const repeated = repeatedMessage(name, raw);
        if (repeated) {
          context.addIssue({ code: "custom", message: repeated });
          return z.NEVER;
        }
        if (raw === undefined || raw === "" || Array.isArray(raw)) return undefined;
        const value = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
        if (!known.has(value)) {
          context.addIssue({ code: "custom", message: `${name} must be a version of this statement, ${range}, not “${raw}”` });
          return z.NEVER;
        }
        return value;
      });
  const typography = z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((raw, context) => {
      const message = repeatedMessage(TYPOGRAPHY_PARAMETER, raw) ?? typographyMessage(raw);
      if (message) {
        context.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return showsTypography(raw);
    });
  return z.object({ from: version("from"), to: version("to"), typography }).superRefine((query, context) => {
    if (known.size < 2) return;
    const to = query.to ?? high;
    const from = query.from ?? versionNumbers.filter((v) => v < to).reduce<number | undefined>((max, v) => (max === undefined || v > max ? v : max), undefined) ?? to;
    if (from === to) context.addIssue({ code: "custom", message: `from and to are both version ${to}; choose two different versions of this statement, ${range}` });
  });
}

/**
 * Reads `from`, `to` and `typography` from a history URL's query with historyQuerySchema. Returns the versions chosen, or one
 * message naming every bad parameter (the page shows it as a notice and falls back to the defaults; the API and the
 * exports answer 400 with it).
 */
export function parseHistoryQuery(
  versionNumbers: readonly number[],
  query: { from?: string | string[]; to?: string | string[]; typography?: string | string[] },
): { ok: true; query: HistoryQuery } | { ok: false; message: string } {
  const parsed = historyQuerySchema(versionNumbers).safeParse({ from: query.from, to: query.to, typography: query.typography });
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((issue) => issue.message).join("; ") };
  const { typography, ...versions } = parsed.data;
  return { ok: true, query: { ...versions, ...(typography ? { showTypographic: true } : {}) } };
}
