import { z } from "zod";

/**
 * Rows per page in the aligned and coverage views. 100 claim rows of a 10-statement event are about 1 MB of HTML
 * with the RSC payload (each cell's text is sent twice); the whole of a 10 × 200 KB event would be ~110 MB.
 */
export const ROWS_PER_PAGE = 100;

/**
 * `page=` in the event page's URL: a whole number from 1. Anything else is ignored with a notice (the first page
 * is shown); a number past the last page shows the last page.
 */
export const pageParamSchema = z.coerce
  .number({ error: "must be a whole number from 1" })
  .int({ error: "must be a whole number from 1" })
  .min(1, { error: "must be a whole number from 1" })
  .max(Number.MAX_SAFE_INTEGER, { error: "must be a whole number from 1" });

/** `page` as asked for, or 1 and a notice saying why the value was ignored (null when nothing was ignored). */
export function parsePageParam(value: string | undefined): { page: number; notice: string | null } {
  if (value === undefined || value === "") return { page: 1, notice: null };
  const parsed = pageParamSchema.safeParse(value);
  if (parsed.success) return { page: parsed.data, notice: null };
  return { page: 1, notice: `The page ${parsed.error.issues[0].message}; “${value}” was ignored.` };
}

/** One page of rows: `items` (at most `size`), the 1-based `page` shown, `pages` in all, `first` row index (0-based). */
export interface RowPage<T> {
  items: T[];
  page: number;
  pages: number;
  total: number;
  first: number;
  size: number;
}

/** Page `page` (1-based; past the end: the last page) of `rows`, `size` rows a page. Never fewer than 1 page. */
export function pageOf<T>(rows: readonly T[], page: number, size = ROWS_PER_PAGE): RowPage<T> {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const shown = Math.min(Math.max(1, Math.floor(page)), pages);
  const first = (shown - 1) * size;
  return { items: rows.slice(first, first + size), page: shown, pages, total: rows.length, first, size };
}

/**
 * The page numbers to link to: the first, the last, and up to two either side of the current one, in order, with
 * null where numbers are skipped (rendered as "…"). E.g. page 7 of 20 → [1, null, 5, 6, 7, 8, 9, null, 20].
 */
export function pageLinks(page: number, pages: number): (number | null)[] {
  const wanted = new Set([1, pages]);
  for (let p = page - 2; p <= page + 2; p++) if (p >= 1 && p <= pages) wanted.add(p);
  const sorted = [...wanted].sort((a, b) => a - b);
  const links: (number | null)[] = [];
  for (const p of sorted) {
    const previous = links[links.length - 1];
    if (typeof previous === "number" && p > previous + 1) links.push(null);
    links.push(p);
  }
  return links;
}

/**
 * Several lists paged together (the coverage view's claims and names): page `page` of each, where the number of
 * pages is that of the longest list and `page` is clamped to it; a shorter list's page past its end is empty.
 */
export function pagesTogether<T>(lists: readonly (readonly T[])[], page: number, size = ROWS_PER_PAGE): RowPage<T>[] {
  let longest = 0;
  for (const list of lists) longest = Math.max(longest, list.length);
  const pages = Math.max(1, Math.ceil(longest / size));
  const shown = Math.min(Math.max(1, Math.floor(page)), pages);
  const first = (shown - 1) * size;
  return lists.map((list) => ({ items: list.slice(first, first + size), page: shown, pages, total: list.length, first, size }));
}

/** The 1-based page that holds the row at 0-based `index`. */
export function pageOfIndex(index: number, size = ROWS_PER_PAGE): number {
  return Math.floor(Math.max(0, index) / size) + 1;
}
