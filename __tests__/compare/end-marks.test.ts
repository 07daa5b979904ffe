/** @jest-environment node */
import fc from "fast-check";
import { isEndMark } from "@/lib/compare/end-marks";
import { diffVersions } from "@/lib/compare/versions";
import { compareTwo } from "../helpers/two-readouts";

// Tester 71 F14: a wire's end mark ("-30-", "ENDS") was a claim "not reported by" the readout that ended without one,
// and "-30-" a number entity. An end mark is layout (lib/compare/end-marks.ts), like "***".
const READOUT = "Secretary Blinken spoke with President Aliyev on Wednesday. They discussed the peace process with Armenia.";
// "###" has no word at all, so it states nothing without end-marks.ts; it is in the property all the same.
const MARKS = ["-30-", "КОНЕЦ", "ՎԵՐՋ", "— 30 —", "- 30 -", "ENDS", "END", "(END)", "END OF STATEMENT", "END OF TEXT", "###"];

test.each(MARKS.filter((mark) => mark !== "###"))("an end mark %s is read as one", (mark) => {
  expect(isEndMark(mark, 0, mark.length)).toBe(true);
});

test.each(["30", "Ends", "The talks end.", "END OF THE WAR IS NEAR", "30 people", "-30 degrees-"])("%s is no end mark", (line) => {
  expect(isEndMark(line, 0, line.length)).toBe(false);
});

test("a readout ending in an end mark and one ending without: no verdict, no number, no claim", () => {
  const { rows, entities } = compareTwo(["wire", `${READOUT}\n\n-30-`], ["office", `${READOUT}\n\nENDS`]);
  for (const row of rows) {
    if (row.cells.some((cell) => /30|ENDS/u.test(cell.text))) {
      expect(row.statesNothing).toBe(true);
      expect(row.notReportedBy).toEqual([]);
      expect(row.soleReporter).toBeNull();
    } else expect(row.notReportedBy).toEqual([]);
  }
  expect(entities.filter((entity) => entity.kind === "number")).toEqual([]);
});

test("property: appending end marks to either readout changes no verdict and adds no entity", () => {
  const plain = compareTwo(["wire", READOUT], ["office", READOUT]);
  const verdicts = (result: typeof plain) => result.rows.filter((row) => !row.statesNothing).map((row) => [row.reportedBy, row.notReportedBy, row.soleReporter]);
  fc.assert(
    fc.property(fc.option(fc.constantFrom(...MARKS), { nil: undefined }), fc.option(fc.constantFrom(...MARKS), { nil: undefined }), fc.constantFrom("\n\n", "\n"), (first, second, gap) => {
      const result = compareTwo(["wire", first ? `${READOUT}${gap}${first}` : READOUT], ["office", second ? `${READOUT}${gap}${second}` : READOUT]);
      expect(verdicts(result)).toEqual(verdicts(plain));
      expect(result.entities).toEqual(plain.entities);
    }),
    { numRuns: 60 },
  );
});

// Tester 77 F6: in the version diff an end mark added, dropped or swapped was a fact (an added or removed sentence),
// though compare() reads it as layout. It is typography there too, a pair that is a separator line, unnumbered.
test.each([
  [READOUT, `${READOUT}\n\n-30-`],
  [`${READOUT}\n\nENDS`, READOUT],
  [`${READOUT}\n\n-30-`, `${READOUT}\n\nENDS`],
  [`${READOUT}\n\nКОНЕЦ`, `${READOUT}\n\nEND OF STATEMENT`],
])("version diff: %j → %j is typography only", (before, after) => {
  const diff = diffVersions(before, after, "en");
  expect(diff.edits.length).toBeGreaterThan(0);
  for (const edit of diff.edits) expect([edit.class, edit.reason]).toEqual(["typographic", "typography"]);
  for (const pair of diff.pairs) if (pair.relation !== "equal") expect(pair.noClaim).toBe("separator");
});
