/**
 * The aligned view shows the full statements under the rows only up to this many characters in all (UTF-16 code
 * units); above it, each statement links to its own page. The texts are sent twice (HTML and RSC payload), so a
 * 10 × 200 KB event would add ~4 MB to every page of rows, against the 5 MB page budget (issue 16).
 */
export const FULL_TEXTS_INLINE_MAX_CHARS = 200_000;

/** True when the aligned view may show these statements' full texts inline. */
export function showFullTextsInline(statements: readonly { body: string }[]): boolean {
  let total = 0;
  for (const statement of statements) total += statement.body.length;
  return total <= FULL_TEXTS_INLINE_MAX_CHARS;
}
