/** @jest-environment node */
import fc from "fast-check";
import { diffVersions, flattenVersionDiff } from "@/lib/compare/versions";
import { layoutChanges, type SplitRow } from "@/lib/view/change-blocks";
import { versionSplitRows } from "@/lib/view/version-split";

// Tester C2: in the split view each column is its own version: its typography, its order, moved passages marked.
const side = (rows: SplitRow[], which: keyof SplitRow) => rows.map((row) => row[which].map((piece) => piece.text).join("")).join("\n");
const words = (text: string) => text.split(/\s+/u).filter(Boolean).join(" ");
const markers = (rows: SplitRow[]) => rows.flatMap((row, i) => row.left.filter((piece) => piece.move).map((piece) => `${i}:${piece.move!.place}:${piece.move!.id}`));

const FIRST = "The ministers met in the capital on Monday.";
const SECOND = "Azerbaijan’s envoy spoke about the border — at length.";
const THIRD = "Both sides agreed to meet again soon.";

describe("versionSplitRows", () => {
  test("each column keeps its own typography; the typographic edit is not marked", () => {
    const a = `${FIRST} ${SECOND}`;
    const b = `${FIRST} ${SECOND.replace("’", "'").replace("—", "-")}`;
    const rows = versionSplitRows(diffVersions(a, b, "en"));
    expect(side(rows, "left")).toBe(a);
    expect(side(rows, "right")).toBe(b);
    expect(rows.flatMap((row) => [...row.left, ...row.right]).filter((piece) => piece.change !== null)).toEqual([]);
  });

  test("a moved paragraph stands where it was on the left and where it is on the right, each place marked", () => {
    const a = [FIRST, SECOND, THIRD].join("\n\n");
    const b = [FIRST, THIRD, SECOND.replace("spoke", "talked")].join("\n\n");
    const diff = diffVersions(a, b, "en");
    expect(diff.moves).toHaveLength(1);
    const rows = versionSplitRows(diff);
    expect(words(side(rows, "left"))).toBe(words(a));
    expect(words(side(rows, "right"))).toBe(words(b));
    const moveId = diff.moves[0].id;
    const moved = diff.pairs.find((pair) => pair.moveId === moveId)!;
    // The moved sentence is the one that was second in a: its origin (left) comes before the row of the sentence after it.
    expect(moved.aSentences).toEqual([1]);
    expect(markers(rows).map((m) => m.split(":").slice(1).join(":"))).toEqual([`origin:${moveId}`, `destination:${moveId}`]);
    const origin = rows.find((row) => row.left.some((piece) => piece.move?.place === "origin"))!;
    expect(origin.right).toEqual([]);
    expect(origin.left.map((piece) => piece.text).join("")).toContain("Azerbaijan’s envoy spoke");
    // The edit inside the moved passage is numbered once, and both columns carry its number.
    const numbered = rows.flatMap((row) => [...row.left, ...row.right]).filter((piece) => piece.change !== null && piece.text);
    expect(numbered.map((piece) => [piece.op, piece.text, piece.change])).toEqual([
      ["delete", "spoke", 1],
      ["insert", "talked", 1],
    ]);
  });

  test("a passage reordered inside itself stands on the left in the older text's order (found by the property below)", () => {
    const a = "ministers ministers ministers.\n\nAzerbaijan’s ministers ministers.\n\nministers ministers Azerbaijan's.";
    const b = "met ministers ministers.\n\nministers met Azerbaijan's.\n\nministers ministers ministers.";
    const diff = diffVersions(a, b, "en");
    expect(diff.moves).toHaveLength(1);
    expect(diff.moves[0].reordered).toBe(true);
    const rows = versionSplitRows(diff);
    expect(words(side(rows, "left"))).toBe(words(a));
    expect(words(side(rows, "right"))).toBe(words(b));
  });

  test("a separator line that changed place on its own (found by the property below): removed and added, each column in its order", () => {
    const a = "- — -.\n\nministers ministers ministers.";
    const b = "ministers ministers ministers.\n\n- — -.";
    const diff = diffVersions(a, b, "en");
    expect(diff.moves).toEqual([]);
    expect(diff.pairs.map((pair) => [pair.relation, pair.noClaim ?? null])).toEqual([["removed", "separator"], ["equal", null], ["added", "separator"]]);
    expect(diff.edits.map((edit) => edit.class)).toEqual(["typographic", "typographic"]);
    const rows = versionSplitRows(diff);
    expect(words(side(rows, "left"))).toBe(words(a));
    expect(words(side(rows, "right"))).toBe(words(b));
  });

  test("a phrase moved inside its sentence marks its origin on the left and its destination on the right (the property's seed -981729617)", () => {
    const diff = diffVersions("- ministers warm ministers.", "warm ministers — ministers.", "en");
    expect(diff.moves).toEqual([]);
    expect(diff.edits.filter((edit) => edit.moved).map((edit) => edit.id)).toEqual(["e0"]);
    const rows = versionSplitRows(diff);
    expect(markers(rows)).toEqual(["0:origin:e0"]);
    expect(rows.flatMap((row) => row.right.filter((piece) => piece.move).map((piece) => piece.move!.place))).toEqual(["destination"]);
  });

  test("property: the left column is A and the right column is B (word for word, in their own orders); change numbers match the change list", () => {
    const word = fc.constantFrom("ministers", "met", "in", "Vienna", "talks", "border", "calm", "warm", "three", "said", "not", "Azerbaijan’s", "Azerbaijan's", "—", "-");
    const sentence = fc.array(word, { minLength: 3, maxLength: 7 }).map((w) => `${w.join(" ")}.`);
    const paragraphs = fc.array(sentence, { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(paragraphs, fc.nat(), fc.nat(), fc.array(fc.tuple(fc.nat(), word), { maxLength: 3 }), (sentences, from, to, swaps) => {
        const a = sentences.join("\n\n");
        // B: one sentence moved, a few words swapped.
        const moved = [...sentences];
        const [taken] = moved.splice(from % moved.length, 1);
        moved.splice(to % (moved.length + 1), 0, taken);
        const bWords = moved.join("\n\n").split(" ");
        for (const [at, w] of swaps) bWords[at % bWords.length] = w;
        const b = bWords.join(" ");
        const diff = diffVersions(a, b, "en");
        const rows = versionSplitRows(diff);
        expect(words(side(rows, "left"))).toBe(words(a));
        expect(words(side(rows, "right"))).toBe(words(b));
        const count = layoutChanges(flattenVersionDiff(diff)).changes.length;
        const numbers = new Set(rows.flatMap((row) => [...row.left, ...row.right]).flatMap((piece) => (piece.change === null ? [] : [piece.change])));
        expect([...numbers].sort((x, y) => x - y)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
        // Each change is a jump target on both sides (the change list links to the right side's).
        for (const which of ["left", "right"] as const) {
          const onSide = new Set(rows.flatMap((row) => row[which]).flatMap((piece) => (piece.change === null ? [] : [piece.change])));
          expect(onSide.size).toBe(count);
        }
        // A moved passage marks its two places in the left column; a phrase moved inside its sentence (session 17) its
        // origin on the left and its destination on the right (found by this property at a random seed, session 18).
        const phraseMoves = diff.edits.filter((edit) => edit.moved).map((edit) => edit.id);
        expect(markers(rows)).toHaveLength(diff.moves.length * 2 + phraseMoves.length);
        const destinations = rows.flatMap((row) => row.right.filter((piece) => piece.move?.place === "destination").map((piece) => piece.move!.id));
        expect(destinations.sort()).toEqual([...phraseMoves].sort());
      }),
      { numRuns: 300 },
    );
  });
});
