import fc from "fast-check";
import { compare, type StatementInput } from "@/lib/compare";

/**
 * Shared by the hard-wrap tests (hard-wrap-sentences, hard-wrap-capitals): a text and its copy wrapped at chosen
 * spaces, and the rows a reader sees, so that "wrapped or not, nothing changes" is asserted one way everywhere.
 */

/** Line breaks of one UTF-16 unit each, so that a wrapped copy keeps every offset of its text. */
export const ONE_UNIT_LINE_BREAKS = ["\n", "\u2028", "\u2029"];

/** One of `values` (fc.constantFrom without spreading the array into the call). */
export const oneOf = <T>(values: readonly T[]): fc.Arbitrary<T> => fc.integer({ min: 0, max: values.length - 1 }).map((k) => values[k]);

/** A statement of one party (its id, also its label in capitals), in `language`. */
export const statement = (id: string, text: string, language: string): StatementInput => ({ id, label: id.toUpperCase(), party: id, language, text });

/** Rows as a reader sees them: each cell's statement and its text with white space folded, and the verdicts. */
export const rowsOf = (statements: StatementInput[]) =>
  compare(statements).rows.map((row) => ({
    cells: row.cells.map((cell) => [cell.statementId, cell.text.replace(/\s+/gu, " ")]),
    notReportedBy: row.notReportedBy,
    soleReporter: row.soleReporter,
  }));

/**
 * A text of up to `maxSentences` of the language's sentences, and its copy with each of the spaces `wrapPoints` names
 * turned, or not, into one of ONE_UNIT_LINE_BREAKS: `{ language, text, wrapped }`, `wrapped.length === text.length`.
 */
export function wrappedCopies(sentences: Record<string, string[]>, wrapPoints: (text: string) => number[], maxSentences: number) {
  return oneOf(Object.keys(sentences)).chain((language) =>
    fc
      .array(oneOf(sentences[language]), { minLength: 1, maxLength: maxSentences })
      .map((chosen) => chosen.join(" "))
      .chain((text) => {
        const points = wrapPoints(text);
        return fc.array(fc.tuple(fc.boolean(), oneOf(ONE_UNIT_LINE_BREAKS)), { minLength: points.length, maxLength: points.length }).map((choices) => {
          // UTF-16 units, so that each space's offset is its index.
          const units = text.split("");
          points.forEach((point, k) => {
            if (choices[k][0]) units[point] = choices[k][1];
          });
          return { language, text, wrapped: units.join("") };
        });
      }),
  );
}
