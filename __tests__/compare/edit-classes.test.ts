/** @jest-environment node */
import { classifyEdit, diffVersions } from "@/lib/compare/versions";

const EN = { language: "en", sentenceInitial: false };
const FR = { language: "fr", sentenceInitial: false };

describe("wording edits through the engine's WordNet table (lib/compare/synonyms.ts)", () => {
  test.each([
    // Pairs that share a WordNet 3.1 set and are in none of classify.ts's swap groups.
    ["repeated", "restated"],
    ["aid", "assistance"],
    ["halted", "stopped"],
    ["begin", "start"],
    ["talks", "negotiations"],
    ["nation", "country"],
  ])("%p → %p is wording (synonym) in English", (before, after) => {
    expect(classifyEdit(before, after, EN)).toEqual({ class: "wording", reason: "synonym" });
  });

  test.each([
    ["repeated", "restated"],
    ["aid", "assistance"],
    ["talks", "negotiations"],
  ])("%p → %p is unclassified in a French statement: WordNet is English, so the rules cannot tell", (before, after) => {
    expect(classifyEdit(before, after, FR)).toEqual({ class: "unclassified", reason: "unknown" });
  });

  test("the readout swap groups still class what WordNet's first senses miss", () => {
    expect(classifyEdit("expeditious", "early", EN)).toEqual({ class: "wording", reason: "synonym" });
    expect(classifyEdit("border", "frontier", EN)).toEqual({ class: "wording", reason: "synonym" });
  });

  test.each([
    ["calm", "warm"],
    ["counterpart", "colleague"],
    ["quickly", "rapidly"],
    ["firm", "company"],
  ])("%p → %p shares no set: unclassified, not guessed", (before, after) => {
    expect(classifyEdit(before, after, EN)).toEqual({ class: "unclassified", reason: "unknown" });
  });

  test("fact rules run first: a WordNet synonym that is a scope, modality or title word is a fact", () => {
    // "entire" and "full" share a WordNet set, but "entire" is a scope word.
    expect(classifyEdit("entire", "full", EN)).toEqual({ class: "fact", reason: "scope" });
    expect(classifyEdit("will", "shall", EN)).toEqual({ class: "fact", reason: "modality" });
    expect(classifyEdit("president", "chairman", EN)).toEqual({ class: "fact", reason: "title" });
    expect(classifyEdit("to house arrest", "from detention", EN)).toEqual({ class: "fact", reason: "qualifier" });
  });

  test("every changed word needs a partner: one synonym and one unrelated word is unclassified", () => {
    expect(classifyEdit("repeated firmly", "restated calmly", EN)).toEqual({ class: "unclassified", reason: "unknown" });
    expect(classifyEdit("repeated the", "restated a", EN)).toEqual({ class: "wording", reason: "synonym" });
  });

  test("in a version diff the WordNet swaps are counted as wording", () => {
    const diff = diffVersions(
      "The guest repeated his government's support for the aid programme. The talks will resume in May.",
      "The guest restated his government's backing for the assistance programme. The negotiations will resume in May.",
    );
    expect(diff.edits.map((edit) => [edit.before, edit.after, edit.class, edit.reason])).toEqual([
      ["repeated", "restated", "wording", "synonym"],
      ["support", "backing", "wording", "synonym"],
      ["aid", "assistance", "wording", "synonym"],
      ["talks", "negotiations", "wording", "synonym"],
    ]);
    expect(diff.counts).toEqual({ fact: 0, wording: 4, typographic: 0, unclassified: 0 });
  });
});
