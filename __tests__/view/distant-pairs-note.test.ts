/** @jest-environment node */
import { compare } from "@/lib/compare";
import { distantPairsNotes } from "@/lib/view/distant-pairs-note";

describe("distantPairsNotes", () => {
  it("says when two statements share almost nothing, naming them by label", () => {
    const comparison = compare([
      { id: "a", label: "A", text: "The ministers agreed to reopen the Halm border crossing for trucks next week." },
      { id: "b", label: "B", text: "The governor inspected flood defences along the southern river banks on Sunday." },
    ]);
    const labels: Record<string, string> = { a: "Tarsa readout", b: "Velland readout" };
    expect(distantPairsNotes(comparison.distantPairs, (id) => labels[id])).toEqual([
      "Tarsa readout and Velland readout share no claim: these may describe different exchanges.",
    ]);
  });

  it("counts the weak matches two distant statements share, and is empty without pairs", () => {
    const pair = { aId: "a", bId: "b", sharedRowIds: ["r1", "r2"], note: "these may describe different exchanges" as const };
    expect(distantPairsNotes([pair], (id) => id.toUpperCase())).toEqual(["A and B share only 2 weak matches: these may describe different exchanges."]);
    expect(distantPairsNotes(undefined, (id) => id)).toEqual([]);
    expect(distantPairsNotes([], (id) => id)).toEqual([]);
  });
});
