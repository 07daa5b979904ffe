/** @jest-environment node */
import { compare } from "@/lib/compare";
import { matchLabel } from "@/lib/view/match-label";

describe("matchLabel", () => {
  it("marks a weak row and says what matched", () => {
    const comparison = compare([
      { id: "a", label: "A", text: "The two leaders reviewed the reopening of the Halm border crossing for trucks." },
      { id: "b", label: "B", text: "They spoke of letting freight traffic through the Halm crossing again." },
    ]);
    expect(matchLabel(comparison.rows[0].match)).toEqual({
      weak: true,
      badge: "weak match",
      title: "Weak match — may not be the same claim. Matched on words: crossing · names: Halm",
      spoken: "Weak match — may not be the same claim. Matched on words: crossing · names: Halm",
    });
  });

  it("shows the words a paraphrase said in other words, spelt out for screen readers", () => {
    const comparison = compare([
      { id: "a", label: "A", text: "The minister urged an end to the shelling of the villages." },
      { id: "b", label: "B", text: "The minister demanded that the artillery fire on the villages stop." },
    ]);
    expect(matchLabel(comparison.rows[0].match)).toEqual({
      weak: false,
      badge: "",
      title: "Matched on words: villages · names: minister · similar words: shelling ≈ artillery",
      spoken: "Matched on words: villages · names: minister · similar words: shelling, similar to artillery",
    });
  });

  it("gives a strong row no badge, and a one-cell row no label", () => {
    expect(matchLabel({ strength: "strong", words: ["grain"], names: [], numbers: ["2"], similarWords: [], similarity: 0.5 })).toEqual({
      weak: false,
      badge: "",
      title: "Matched on words: grain · numbers: 2",
      spoken: "Matched on words: grain · numbers: 2",
    });
    expect(matchLabel(undefined)).toBeNull();
  });
});
