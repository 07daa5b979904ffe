import { compare } from "@/lib/compare";
import type { AlignedRow, Comparison } from "@/lib/compare";

/** A statement for a two-readout test: its id (also its label and party) and its text. */
export type Readout = readonly [id: string, text: string];

/** compare() on two readouts of one call by two parties (ids as given, English, no exchanges). */
export function compareTwo([firstId, firstText]: Readout, [secondId, secondText]: Readout): Comparison {
  return compare([
    { id: firstId, label: firstId, text: firstText, party: firstId },
    { id: secondId, label: secondId, text: secondText, party: secondId },
  ]);
}

/** The row one of whose cells holds `phrase`; throws, naming the phrase, when none does. */
export function rowHolding(rows: readonly AlignedRow[], phrase: string): AlignedRow {
  const row = rows.find((candidate) => candidate.cells.some((cell) => cell.text.includes(phrase)));
  if (!row) throw new Error(`no row holds "${phrase}"`);
  return row;
}

/** Asserts that the row holding `phrase` is reported by `reporter` alone and not reported by `omitter`. */
export function expectReportedOnlyBy(rows: readonly AlignedRow[], phrase: string, reporter: string, omitter: string): void {
  const row = rowHolding(rows, phrase);
  expect(row.reportedBy).toEqual([reporter]);
  expect(row.notReportedBy).toEqual([omitter]);
}
