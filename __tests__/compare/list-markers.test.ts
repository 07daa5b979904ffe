/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import { isListMarker } from "@/lib/compare/list-markers";
import { diffVersions } from "@/lib/compare/versions";

/**
 * Tester 41: UAX #29 cuts "1." off "The border commission will meet in April.", so a numbered list's markers were
 * claim rows with a "not reported by" for the statement that wrote the same points as prose. Tester 43: keeping the
 * marker inside its sentence instead made a reordered list read as changed numbers. A marker now stays its own
 * sentence and states nothing: no gap, no sole reporter.
 */
const POINTS = ["The border commission will meet in April.", "Trade talks will resume in May.", "Both sides will free all detainees."];
const list = (points: string[], marker: (k: number) => string) => `The ministers agreed on three points.\n${points.map((point, k) => `${marker(k)} ${point}`).join("\n")}`;
const PROSE = `The ministers agreed on three points. ${POINTS.join(" ")}`;

describe("a numbered list's markers are no claims", () => {
  test.each([
    ["1.", (k: number) => `${k + 1}.`],
    ["a)", (k: number) => `${"abc"[k]})`],
    ["IV.", (k: number) => `${["I", "II", "III"][k]}.`],
    ["• 1.", (k: number) => `• ${k + 1}.`],
    ["1.1.", (k: number) => `1.${k + 1}.`],
  ])("markers like %s against the same points in prose: no statement left anything out", (_, marker) => {
    const comparison = compare([
      { id: "list", label: "List", text: list(POINTS, marker) },
      { id: "prose", label: "Prose", text: PROSE },
    ]);
    expect(comparison.rows.flatMap((row) => row.notReportedBy)).toEqual([]);
    // The claims themselves pair, each reported by both.
    for (const point of POINTS) expect(comparison.rows.find((row) => row.cells.some((cell) => cell.text.includes(point)))!.reportedBy).toEqual(["list", "prose"]);
  });

  test("a reordered list: the items moved, no number changed (tester 43)", () => {
    const before = list(POINTS, (k) => `${k + 1}.`);
    const after = list([POINTS[1], POINTS[2], POINTS[0]], (k) => `${k + 1}.`);
    const diff = diffVersions(before, after, "en");
    expect(diff.edits.filter((edit) => edit.class === "fact")).toEqual([]);
    expect(diff.moves.length).toBeGreaterThan(0);
    const comparison = compare([
      { id: "a", label: "A", text: before },
      { id: "b", label: "B", text: after },
    ]);
    expect(comparison.rows.flatMap((row) => row.notReportedBy)).toEqual([]);
    expect(comparison.rows.every((row) => row.diffs.every((d) => d.status === "identical"))).toBe(true);
  });

  test("isListMarker: markers yes; words, abbreviations and numbers without a mark no", () => {
    for (const marker of ["1.", "12)", "(3)", "[5]", "IV.", "b.", "1.1.", "• 2.", "- 3.", "(a)."]) expect([marker, isListMarker(marker)]).toEqual([marker, true]);
    for (const other of ["The end.", "Mr.", "5", "etc.", "No.", "", "1. The border."]) expect([other, isListMarker(other)]).toEqual([other, false]);
    fc.assert(fc.property(fc.string({ minLength: 17 }).filter((text) => text.trim().length > 16), (text) => expect(isListMarker(text)).toBe(false)));
  });
});
