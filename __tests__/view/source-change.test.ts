/** @jest-environment node */
import { sourceChangeView } from "@/lib/view/source-change";

// A change at source is shown with the same classed, sentence-aligned diff as the revision history (issues 12 and 13).
describe("sourceChangeView", () => {
  test("a silent edit that changes a fact and one that changes wording are counted by class", () => {
    const before = "The envoy said the journalist was released to house arrest on Monday. Both sides underscored the need for calm.";
    const after = "The envoy said the journalist was released from detention on Monday. Both sides underlined the need for calm.";
    const view = sourceChangeView(before, after);
    expect(view.counts).toEqual({ fact: 1, wording: 1, typographic: 0, unclassified: 0 });
    expect(view.summary).toBe("1 edit that changes facts, 1 in wording");
    expect(view.changesFacts).toBe(true);
    expect(view.diff.edits.map((edit) => [edit.class, edit.before, edit.after])).toEqual([
      ["fact", "to house arrest", "from detention"],
      ["wording", "underscored", "underlined"],
    ]);
  });

  test("a change of typography only is no edit to report", () => {
    const view = sourceChangeView("Azerbaijan’s ministry – in Baku – replied.", "Azerbaijan's ministry - in Baku - replied.");
    expect(view.summary).toBe("No edits beyond typography");
    expect(view.parts.filter((part) => part.op !== "equal")).toEqual([]);
  });
});
