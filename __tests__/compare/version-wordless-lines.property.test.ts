/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import { diffVersions } from "@/lib/compare/versions";

// Lines without words that readouts put between sections, and sentences to put around them.
// Tester 37: lines whose marks all fold away (a zero-width space, a soft hyphen) too.
const RULES = ["***", "* * *", "—", "---", "###", "•", "…", "§", "\u200b", "\u00ad"];
const SENTENCES = [
  "The ministers spoke by phone on Tuesday.",
  "They discussed the border talks.",
  "The Secretary welcomed the release of detainees.",
  "Both sides agreed to meet again soon.",
  "Trade came up briefly.",
];
const textArb = fc.array(fc.oneof(fc.constantFrom(...SENTENCES), fc.constantFrom(...RULES)), { minLength: 1, maxLength: 8 }).map((lines) => lines.join("\n\n"));
const apply = (parts: { op: string; text: string }[], side: "a" | "b") => parts.filter((part) => part.op === "equal" || part.op === (side === "a" ? "delete" : "insert")).map((part) => part.text).join("");

describe("lines without words pair like any sentence (tester 36: identical texts showed them removed and added)", () => {
  test("the tester's input: identical texts with a *** line have no edit and every pair equal", () => {
    const text = "The deal was signed.\n\n***\n\nThe talks ended.";
    const diff = diffVersions(text, text, "en");
    expect(diff.edits).toEqual([]);
    expect(diff.pairs.map((pair) => pair.relation)).toEqual(["equal", "equal", "equal"]);
  });

  test("property: a text compared with itself has no edit, whatever lines without words it holds", () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const diff = diffVersions(text, text, "en");
        expect([text, diff.edits]).toEqual([text, []]);
        expect(diff.pairs.every((pair) => pair.relation === "equal")).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  test("property: one rule line swapped for another is one edit of that line, and the pairs give back both texts", () => {
    fc.assert(
      fc.property(textArb, fc.constantFrom(...RULES), fc.constantFrom(...RULES), (text, x, y) => {
        fc.pre(x !== y);
        const a = `${text}\n\n${x}\n\nThe statement ends here.`;
        const b = `${text}\n\n${y}\n\nThe statement ends here.`;
        const diff = diffVersions(a, b, "en");
        const parts = diff.pairs.flatMap((pair) => pair.parts);
        expect(apply(parts, "a")).toBe(a);
        expect(apply(parts, "b")).toBe(b);
        // Only the swapped line changed: every other line is in an equal pair.
        expect(diff.pairs.filter((pair) => pair.relation !== "equal").length).toBeLessThanOrEqual(2);
      }),
      { numRuns: 100 },
    );
  });

  test("property: in an event's rows a line without words is no claim: never 'not reported by', never 'only it said' (tester 39)", () => {
    fc.assert(
      fc.property(textArb, textArb, (a, b) => {
        const rows = compare([
          { id: "a", label: "A", text: a },
          { id: "b", label: "B", text: b },
        ]).rows;
        for (const row of rows) {
          if (!row.cells.every((cell) => RULES.includes(cell.text.trim()))) continue;
          expect([row.cells.map((cell) => cell.text), row.notReportedBy, row.soleReporter]).toEqual([row.cells.map((cell) => cell.text), [], null]);
        }
      }),
      { numRuns: 80 },
    );
  });

  test("lines without words never move, nor make a sentence around them move (tester 41)", () => {
    const [s0, s1, s2, s3] = SENTENCES;
    // The separators stood between the sections and now sit on lines of their own elsewhere; no sentence moved.
    const before = [s0, "***", s1, s2, "* * *", s3].join("\n\n");
    const after = ["***", s0, s1, "* * *", s2, s3].join("\n\n");
    expect(diffVersions(before, after, "en").moves).toEqual([]);
    expect(diffVersions(after, before, "en").moves).toEqual([]);
    // A sentence that moved is one moved passage, however many separators sit around it.
    const moved = diffVersions([s0, "***", s1, s2, "***", s3].join("\n\n"), [s1, s2, "***", s3, "***", s0].join("\n\n"), "en");
    expect(moved.moves).toHaveLength(1);
    const movedPairs = moved.pairs.filter((pair) => pair.moveId !== undefined);
    expect(movedPairs.map((pair) => pair.aSentences)).toEqual([[0]]);
  });

  test("property: no move holds only lines without words, whatever the order of sentences and separators", () => {
    fc.assert(
      fc.property(textArb, textArb, (a, b) => {
        const diff = diffVersions(a, b, "en");
        const pairOf = new Map(diff.pairs.map((pair) => [pair.id, pair]));
        for (const move of diff.moves) {
          const texts = move.pairIds.map((id) => b.slice(pairOf.get(id)!.b!.start, pairOf.get(id)!.b!.end));
          expect([texts, texts.some((text) => /[\p{L}\p{N}]/u.test(text))]).toEqual([texts, true]);
        }
      }),
      { numRuns: 150 },
    );
  });
});
