import { excerpt, layoutChanges, type DiffPiece, type SplitRow } from "@/lib/view/change-blocks";

/** One side's text, rows joined by the paragraph breaks they stand for. */
const sideText = (rows: SplitRow[], side: keyof SplitRow) => rows.map((row) => row[side].map((p: DiffPiece) => p.text).join("")).join("\n");
const sidePieces = (rows: SplitRow[], side: keyof SplitRow) => rows.flatMap((row) => row[side]);

describe("layoutChanges", () => {
  const parts = [
    { op: "equal" as const, text: "The Secretary " },
    { op: "delete" as const, text: "welcomed" },
    { op: "insert" as const, text: "noted" },
    { op: "equal" as const, text: " the commitment" },
    { op: "insert" as const, text: " to peace" },
    { op: "equal" as const, text: "." },
  ];

  test("numbers each run of edits once, in reading order", () => {
    const { changes } = layoutChanges(parts);
    expect(changes.map(({ number, deleted, inserted }) => ({ number, deleted, inserted }))).toEqual([
      { number: 1, deleted: "welcomed", inserted: "noted" },
      { number: 2, deleted: "", inserted: " to peace" },
    ]);
    expect(changes[0].position).toBeCloseTo(14 / 52);
    expect(changes[1].position).toBeGreaterThan(changes[0].position);
  });

  test("the two sides rebuild the two texts and both carry a marker for every change", () => {
    const { rows, inline } = layoutChanges(parts);
    expect(sideText(rows, "left")).toBe("The Secretary welcomed the commitment.");
    expect(sideText(rows, "right")).toBe("The Secretary noted the commitment to peace.");
    expect(new Set(sidePieces(rows, "left").filter((p) => p.change).map((p) => p.change))).toEqual(new Set([1, 2]));
    expect(new Set(sidePieces(rows, "right").filter((p) => p.change).map((p) => p.change))).toEqual(new Set([1, 2]));
    expect(inline.map((p) => p.text).join("")).toBe(parts.map((p) => p.text).join(""));
  });

  test("a space that jsdiff gave to an edit is kept on the other side", () => {
    const { rows } = layoutChanges([
      { op: "equal", text: "Armenian" },
      { op: "insert", text: "-Azerbaijani talks. Armenian " },
      { op: "equal", text: "Prime Minister" },
    ]);
    expect(sideText(rows, "left")).toBe("Armenian Prime Minister");
    expect(sideText(rows, "right")).toBe("Armenian-Azerbaijani talks. Armenian Prime Minister");
  });

  test("a line break inside an edit does not become the other side's gap", () => {
    const { rows } = layoutChanges([
      { op: "equal", text: "Armenian" },
      { op: "insert", text: "-Azerbaijani talks.\nArmenian " },
      { op: "equal", text: "Prime Minister" },
    ]);
    expect(sideText(rows, "left")).toBe("Armenian Prime Minister");
  });

  test("split rows break at paragraph breaks both texts share, so corresponding passages sit side by side", () => {
    const { rows, changes } = layoutChanges([
      { op: "equal", text: "Blinken called Pashinyan." },
      { op: "insert", text: " He stressed peace.\n\nA second added paragraph." },
      { op: "equal", text: "\n\nThe ministers will meet" },
      { op: "delete", text: " soon" },
      { op: "equal", text: ".\nEnd." },
    ]);
    expect(changes).toHaveLength(2);
    expect(rows.map((row) => [row.left.map((p) => p.text).join(""), row.right.map((p) => p.text).join("")])).toEqual([
      ["Blinken called Pashinyan.", "Blinken called Pashinyan. He stressed peace.\n\nA second added paragraph."],
      ["The ministers will meet soon.", "The ministers will meet."],
      ["End.", "End."],
    ]);
    // Both jump targets of a change are in the same row.
    expect(rows[1].left.some((p) => p.change === 2)).toBe(true);
    expect(rows[1].right.some((p) => p.change === 2)).toBe(true);
  });

  test("no edits, no changes", () => {
    expect(layoutChanges([{ op: "equal", text: "same" }]).changes).toEqual([]);
    expect(layoutChanges([]).changes).toEqual([]);
  });

  test("excerpt shortens and collapses whitespace", () => {
    expect(excerpt("  a\n b  ")).toBe("a b");
    expect(excerpt("x".repeat(100), 10)).toBe(`${"x".repeat(9)}…`);
  });
});
