/** @jest-environment node */
import fc from "fast-check";
import { diffVersions } from "@/lib/compare/versions";

// A sentence merged from several in the other version (its full stops kept but the next word lower-cased, so the
// sentence cutter joins them; tester 57's property run) pairs with all of them as one merge, in any place: before,
// the first part paired in place under PAIR_MIN_DICE and the others showed as removed (versions/pair.ts pairInPlace).
const SENTENCES = [
  "The delegations met in Vienna on Thursday to review the draft settlement text.",
  "Negotiators discussed reopening rail links across the shared frontier.",
  "Both parties welcomed the return of six detainees earlier this week.",
  "Monitors will travel to the border villages before the winter.",
  "Relief shipments for the displaced families are set to continue.",
];
const lowerFirst = (sentence: string) => sentence[0].toLowerCase() + sentence.slice(1);

describe("a sentence merged by a lower-cased word after a full stop", () => {
  test("three sentences glued into one pair as one merge, with the two lower-cased words as the only edits", () => {
    const a = SENTENCES.slice(0, 3).join(" ");
    const b = [SENTENCES[0], lowerFirst(SENTENCES[1]), lowerFirst(SENTENCES[2])].join(" ");
    const diff = diffVersions(a, b, "en");
    expect(diff.pairs.map((pair) => pair.relation)).toEqual(["merged"]);
    expect(diff.edits.map((edit) => [edit.before, edit.after])).toEqual([
      ["Negotiators", "negotiators"],
      ["Both", "both"],
    ]);
  });

  test("property: wherever the glued run sits, no sentence is shown removed or added, and both directions agree", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: SENTENCES.length }),
        fc.uniqueArray(fc.integer({ min: 1, max: SENTENCES.length - 1 }), { minLength: 1, maxLength: 3 }),
        (count, glued) => {
          const original = SENTENCES.slice(0, count);
          const rewrite = original.map((sentence, s) => (glued.includes(s) ? lowerFirst(sentence) : sentence));
          for (const [a, b] of [
            [original.join(" "), rewrite.join(" ")],
            [rewrite.join(" "), original.join(" ")],
          ]) {
            const relations = diffVersions(a, b, "en").pairs.map((pair) => pair.relation);
            expect(relations).not.toContain("removed");
            expect(relations).not.toContain("added");
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  test("up to eight sentences joined with commas are one merge (tester 61 F4: a fifth was shown removed)", () => {
    const sentences = [...SENTENCES, "The envoys will report to their capitals next week.", "A joint statement is expected after that."];
    for (const count of [5, 6, 7]) {
      const a = sentences.slice(0, count).join(" ");
      const b = `${sentences.slice(0, count).map((sentence, k) => (k === 0 ? sentence : lowerFirst(sentence)).slice(0, -1)).join(", ")}.`;
      expect([count, diffVersions(a, b, "en").pairs.map((pair) => pair.relation)]).toEqual([count, ["merged"]]);
    }
  });
});
