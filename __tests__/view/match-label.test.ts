/** @jest-environment node */
import { compare } from "@/lib/compare";
import { matchLabel } from "@/lib/view/match-label";

describe("matchLabel", () => {
  it("marks a weak row and says what matched", () => {
    const comparison = compare([
      { id: "a", label: "A", text: "The two leaders discussed the reopening of the Halm border crossing for trucks." },
      { id: "b", label: "B", text: "They talked about letting freight traffic through the Halm crossing again." },
    ]);
    expect(matchLabel(comparison.rows[0].match)).toEqual({
      weak: true,
      badge: "weak match",
      title: "Weak match — may not be the same claim. Matched on words: crossing · names: Halm",
    });
  });

  it("gives a strong row no badge, and a one-cell row no label", () => {
    expect(matchLabel({ strength: "strong", words: ["grain"], names: [], numbers: ["2"] })).toEqual({
      weak: false,
      badge: "",
      title: "Matched on words: grain · numbers: 2",
    });
    expect(matchLabel(undefined)).toBeNull();
  });
});
