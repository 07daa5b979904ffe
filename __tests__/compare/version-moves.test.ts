/** @jest-environment node */
import fc from "fast-check";
import { diffVersions, flattenVersionDiff } from "@/lib/compare/versions";
import { moveDescription, movePairsLabel } from "@/lib/view/version-diff";
import { sides } from "../helpers/version-sides";

/** The b sides in display order give b; the a sides in a order give a. */

const PARAGRAPH_1 = "Delegations from both capitals gathered in the morning. They reviewed the schedule.";
const PARAGRAPH_2 = "The envoy spoke about the water agreement. Engineers will survey the river.";
const PARAGRAPH_3 = "A later meeting was planned for spring. Both sides thanked the hosts.";

describe("moves show just the move (issue 12, tester 19 and 20)", () => {
  test("a moved paragraph has no edit at all: the line breaks at its old and new places are layout, b's text shown", () => {
    const a = `${PARAGRAPH_1}\n\n${PARAGRAPH_2}\n\n${PARAGRAPH_3}\n`;
    const b = `${PARAGRAPH_2}\n\n${PARAGRAPH_3}\n\n${PARAGRAPH_1}\n`;
    const diff = diffVersions(a, b);
    expect(diff.edits).toEqual([]);
    expect(diff.counts).toEqual({ fact: 0, wording: 0, typographic: 0, unclassified: 0 });
    expect(diff.moves.map((move) => [move.pairIds, move.fromAfterPairId, move.reordered])).toEqual([[["p4", "p5"], null, undefined]]);
    // The whitespace after the sentence before each changed neighbour is layout (no edit id), and nothing else differs.
    expect(diff.pairs.flatMap((pair) => pair.parts.filter((part) => part.op !== "equal").map((part) => [pair.id, part.op, part.text, part.editId, part.layout]))).toEqual([
      ["p3", "delete", "\n", undefined, true],
      ["p3", "insert", "\n\n", undefined, true],
      ["p5", "delete", "\n\n", undefined, true],
      ["p5", "insert", "\n", undefined, true],
    ]);
    expect(flattenVersionDiff(diff)).toEqual([{ op: "equal", text: b }]);
    expect(flattenVersionDiff(diff, true)).toEqual([{ op: "equal", text: b }]);
    expect(sides(diff)).toEqual({ a, b });
  });

  test("a paragraph break added between the same two sentences is still a typographic edit; an added sentence brings no whitespace edit", () => {
    const broken = diffVersions("The envoy spoke. The sides agreed.", "The envoy spoke.\n\nThe sides agreed.");
    expect(broken.edits.map((edit) => [edit.before, edit.after, edit.class])).toEqual([[" ", "\n\n", "typographic"]]);
    const added = diffVersions("The envoy spoke.\n\nThe sides agreed.", "The envoy spoke. Trade came up.\n\nThe sides agreed.");
    expect(added.edits.map((edit) => [edit.before, edit.after, edit.class, edit.reason])).toEqual([["", "Trade came up.\n\n", "fact", "added-sentence"]]);
    expect(sides(added)).toEqual({ a: "The envoy spoke.\n\nThe sides agreed.", b: "The envoy spoke. Trade came up.\n\nThe sides agreed." });
  });

  test("3,000 distinct sentences reversed are one moved passage in a new order, not 2,999 moves", () => {
    const sentences = Array.from({ length: 3000 }, (_, i) => `Item ${i} of the list was read out as entry${i}.`);
    const a = sentences.join(" ");
    const b = sentences.slice().reverse().join(" ");
    const diff = diffVersions(a, b);
    expect(diff.edits).toEqual([]);
    expect(diff.moves).toHaveLength(1);
    const [move] = diff.moves;
    expect(move.pairIds).toHaveLength(2999);
    expect(move.reordered).toBe(true);
    // Readers count from 1: "p1" is the second sentence pair (tester 39: exports showed internal ids).
    expect(movePairsLabel(diff, move)).toBe("sentence pairs 2 … 3000, 2,999 pairs");
    expect(moveDescription(diff, move, "version 1", "version 2")).toBe("“Item 2998 of the list was read out…” moved from sentences 1–2999 of version 1 to sentences 2–3000 of version 2, in a new order inside it");
    expect(sides(diff)).toEqual({ a, b });
  });

  test("two swapped neighbours in the middle are one passage; a block moved whole is one move in its order", () => {
    const diff = diffVersions("A met. B spoke. C left. D stayed. E ate.", "A met. D stayed. C left. B spoke. E ate.");
    expect(diff.moves.map((move) => [move.pairIds.length, move.reordered])).toEqual([[2, true]]);
    const block = diffVersions("A met. B spoke. C left. D stayed. E ate.", "A met. E ate. B spoke. C left. D stayed.");
    expect(block.moves.map((move) => [move.pairIds.length, move.reordered])).toEqual([[1, undefined]]);
  });

  /** Length of the longest increasing subsequence of `order` (O(n²), small n). */
  function longestIncreasing(order: number[]): number {
    const best = order.map(() => 1);
    for (let i = 0; i < order.length; i++) for (let j = 0; j < i; j++) if (order[j] < order[i] && best[j] + 1 > best[i]) best[i] = best[j] + 1;
    return order.length ? Math.max(...best) : 0;
  }

  test("property: blocks of distinct sentences put in a random order give at most as many moves as moved blocks, no edit, and the diff gives back both texts", () => {
    const blockArb = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(blockArb, fc.array(fc.nat()), fc.constantFrom(" ", "\n\n", "\n"), (sizes, keys, separator) => {
        let n = 0;
        const blocks = sizes.map((size) => Array.from({ length: size }, () => `Sentence ${n} names the place${n++} alone.`).join(" "));
        const order = blocks.map((_, i) => i).sort((x, y) => (keys[x] ?? x) - (keys[y] ?? y) || x - y);
        const a = blocks.join(separator);
        const b = order.map((i) => blocks[i]).join(separator);
        const diff = diffVersions(a, b);
        const movedBlocks = blocks.length - longestIncreasing(order);
        expect(diff.moves.length).toBeLessThanOrEqual(movedBlocks);
        expect(diff.edits).toEqual([]);
        expect(diff.pairs.every((pair) => pair.relation === "equal")).toBe(true);
        expect(flattenVersionDiff(diff)).toEqual([{ op: "equal", text: b }]);
        expect(sides(diff)).toEqual({ a, b });
      }),
      { numRuns: 200 },
    );
  }, 90_000);
});
