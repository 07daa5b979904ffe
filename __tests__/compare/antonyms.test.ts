/** @jest-environment node */
import fc from "fast-check";
import { antonymTermPairs, areAntonymTerms } from "@/lib/compare/antonyms";
import { termMakerFor } from "@/lib/compare/normalise";
import { classifyEdit, diffVersions } from "@/lib/compare/versions";

const EN = { language: "en", sentenceInitial: false };

describe("antonyms are facts (relation), never wording (lib/compare/antonyms.ts, classify.ts rule 7)", () => {
  test.each([
    ["increase", "decrease"],
    ["increased", "decreased"],
    ["support", "oppose"],
    ["supported", "opposed"],
    ["strengthen", "weaken"],
    ["success", "failure"],
    ["win", "lose"],
    ["rise", "fall"],
    ["welcomed", "condemned"],
    ["praised", "criticised"],
    ["positive", "negative"],
    ["better", "worse"],
    ["allow", "forbid"],
  ])("%s → %s is a fact (relation), both ways", (x, y) => {
    expect(classifyEdit(x, y, EN)).toEqual({ class: "fact", reason: "relation" });
    expect(classifyEdit(y, x, EN)).toEqual({ class: "fact", reason: "relation" });
  });

  test("an antonym with a negation cue is a negation; with a state phrase a qualifier; a synonym pair stays wording", () => {
    expect(classifyEdit("accepted", "rejected", EN)).toEqual({ class: "fact", reason: "negation" });
    expect(classifyEdit("to higher levels", "to lower levels", EN)).toEqual({ class: "fact", reason: "qualifier" });
    expect(classifyEdit("underscored", "underlined", EN)).toEqual({ class: "wording", reason: "synonym" });
    expect(classifyEdit("aid", "assistance", EN)).toEqual({ class: "wording", reason: "synonym" });
  });

  test("the table is WordNet's pointers as stems plus the readout supplement, each pair once", () => {
    const pairs = antonymTermPairs();
    expect(pairs.length).toBeGreaterThan(2600);
    // WordNet's 2,611 pairs, the readout pairs and the stance cross product (9 approving × 11 disapproving verbs).
    expect(pairs.length).toBeLessThan(2800);
    expect(areAntonymTerms("increas", "decreas")).toBe(true);
    expect(areAntonymTerms("decreas", "increas")).toBe(true);
    expect(areAntonymTerms("increas", "increas")).toBe(false);
    expect(areAntonymTerms("underscor", "underlin")).toBe(false);
  });

  test("in a version diff an antonym swap is one fact edit", () => {
    const diff = diffVersions("The ministers said trade would increase next year.", "The ministers said trade would decrease next year.");
    expect(diff.edits.map((edit) => [edit.before, edit.after, edit.class, edit.reason])).toEqual([["increase", "decrease", "fact", "relation"]]);
    expect(diff.counts).toEqual({ fact: 1, wording: 0, typographic: 0, unclassified: 0 });
  });

  test("property: any antonym pair of the table swapped in a sentence is a fact, never wording", () => {
    // Pairs whose terms are words as written (the term of the word is the word), so they can stand in a sentence.
    const maker = termMakerFor("en");
    const asWritten = antonymTermPairs().filter(([x, y]) => maker.terms(x).join() === x && maker.terms(y).join() === y);
    expect(asWritten.length).toBeGreaterThan(500);
    const words = ["the", "minister", "said", "talks", "were", "about", "trade"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 6 }), fc.nat(), fc.constantFrom(...asWritten), fc.boolean(), (sentence, at, [x, y], flip) => {
        const position = at % (sentence.length + 1);
        const [from, to] = flip ? [y, x] : [x, y];
        const a = [...sentence.slice(0, position), from, ...sentence.slice(position)].join(" ");
        const b = [...sentence.slice(0, position), to, ...sentence.slice(position)].join(" ");
        const { edits } = diffVersions(`Then ${a}.`, `Then ${b}.`);
        expect(edits.length).toBeGreaterThan(0);
        for (const edit of edits) expect([from, to, edit.class]).toEqual([from, to, "fact"]);
      }),
      { numRuns: 300 },
    );
  });
});
