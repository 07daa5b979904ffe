/** @jest-environment node */
import { diffVersions } from "@/lib/compare/versions";
import { classifyEdit } from "@/lib/compare/versions/classify";

// diffVersions classes each distinct edit once per context (versions/diff-versions.ts): the same text edited in two
// contexts must still get each context's class. A dropped "-" is a sign before a digit (fact) and punctuation elsewhere.
describe("an edit classed once per diff keeps each context's class", () => {
  it.each([
    ["It fell to -5 overnight and the sea rose -fast.", "It fell to 5 overnight and the sea rose fast.", ["fact", "wording"]],
    ["The sea rose -fast. It fell to -5 overnight.", "The sea rose fast. It fell to 5 overnight.", ["wording", "fact"]],
  ])("%s", (a, b, classes) => {
    const { edits } = diffVersions(a, b);
    expect(edits.map((edit) => [edit.before, edit.after, edit.class])).toEqual([
      ["-", "", classes[0]],
      ["-", "", classes[1]],
    ]);
    expect(classifyEdit("-", "", { language: "en", sentenceInitial: false, digitFollows: true }).class).toBe("fact");
    expect(classifyEdit("-", "", { language: "en", sentenceInitial: false, digitFollows: false }).class).toBe("wording");
  });

  it("gives a repeated edit the same class each time", () => {
    const a = "The envoy met the premier. Later the premier spoke. The premier left.";
    const b = "The envoy met the president. Later the president spoke. The president left.";
    const { edits } = diffVersions(a, b);
    expect(edits.map((edit) => [edit.before, edit.after, edit.class, edit.reason])).toEqual([
      ["premier", "president", "fact", "title"],
      ["premier", "president", "fact", "title"],
      ["premier", "president", "fact", "title"],
    ]);
  });
});
