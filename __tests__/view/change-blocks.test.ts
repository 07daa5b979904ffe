import { excerpt, layoutChanges } from "@/lib/view/change-blocks";

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
    const { left, right, inline } = layoutChanges(parts);
    expect(left.map((p) => p.text).join("")).toBe("The Secretary welcomed the commitment.");
    expect(right.map((p) => p.text).join("")).toBe("The Secretary noted the commitment to peace.");
    expect(new Set(left.filter((p) => p.change).map((p) => p.change))).toEqual(new Set([1, 2]));
    expect(new Set(right.filter((p) => p.change).map((p) => p.change))).toEqual(new Set([1, 2]));
    expect(inline.map((p) => p.text).join("")).toBe(parts.map((p) => p.text).join(""));
  });

  test("a space that jsdiff gave to an edit is kept on the other side", () => {
    const { left, right } = layoutChanges([
      { op: "equal", text: "Armenian" },
      { op: "insert", text: "-Azerbaijani talks. Armenian " },
      { op: "equal", text: "Prime Minister" },
    ]);
    expect(left.map((p) => p.text).join("")).toBe("Armenian Prime Minister");
    expect(right.map((p) => p.text).join("")).toBe("Armenian-Azerbaijani talks. Armenian Prime Minister");
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
