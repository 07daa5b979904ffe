/** @jest-environment node */
import { compare } from "@/lib/compare";
import type { Comparison } from "@/lib/compare";

const PMO = [
  "Secretary Blinken spoke with Prime Minister Pashinyan on Monday.",
  "They discussed the peace process between Armenia and Azerbaijan.",
  "The Secretary reaffirmed support for Armenia's sovereignty and territorial integrity.",
  "Blinken also raised the humanitarian needs of refugees from Nagorno-Karabakh.",
].join(" ");
const STATE = [
  "Prime Minister Nikol Pashinyan held a phone conversation with Secretary of State Antony Blinken.",
  "The interlocutors talked about the Armenia-Azerbaijan peace process and the normalization of relations.",
  "The Prime Minister thanked the United States for humanitarian assistance to refugees displaced from Nagorno-Karabakh.",
  "Pashinyan presented the Crossroads of Peace railway project.",
].join(" ");
const WEATHER = "The weather in Tbilisi was sunny and warm. Tourists crowded the old town cafés.";

function rowWith(comparison: Comparison, statementId: string, fragment: string) {
  const row = comparison.rows.find((r) => r.cells.some((cell) => cell.statementId === statementId && cell.text.includes(fragment)));
  if (!row) throw new Error(`no row with "${fragment}" from ${statementId}`);
  return row;
}

describe("claim alignment", () => {
  const comparison = compare([
    { id: "pmo", label: "PMO", text: PMO },
    { id: "state", label: "State", text: STATE },
    { id: "weather", label: "Weather", text: WEATHER },
  ]);

  it("puts paraphrases of the same claim in one row", () => {
    expect(rowWith(comparison, "pmo", "peace process").reportedBy).toEqual(["pmo", "state"]);
    expect(rowWith(comparison, "pmo", "humanitarian needs").reportedBy).toEqual(["pmo", "state"]);
    expect(rowWith(comparison, "pmo", "spoke with").cells.find((c) => c.statementId === "state")?.text).toContain(
      "phone conversation",
    );
  });

  it("keeps unrelated sentences apart", () => {
    for (const row of comparison.rows) {
      if (row.reportedBy.includes("weather")) expect(row.reportedBy).toEqual(["weather"]);
    }
    expect(rowWith(comparison, "pmo", "sovereignty").reportedBy).toEqual(["pmo"]);
    expect(rowWith(comparison, "state", "Crossroads").reportedBy).toEqual(["state"]);
  });

  it("orders rows by the base statement, interleaving the others by position", () => {
    const order = (fragment: string, id = "pmo") => rowWith(comparison, id, fragment).index;
    expect(order("spoke with")).toBeLessThan(order("peace process"));
    expect(order("peace process")).toBeLessThan(order("sovereignty"));
    expect(order("sovereignty")).toBeLessThan(order("humanitarian"));
    // The State Department's unique last sentence comes after the row of its previous sentence.
    expect(order("Crossroads", "state")).toBeGreaterThan(order("humanitarian"));
    // A statement sharing nothing follows the base's rows.
    expect(order("weather", "weather")).toBeGreaterThan(order("humanitarian"));
    expect(comparison.rows.map((row) => row.id)).toEqual(comparison.rows.map((_, i) => `r${i}`));
  });

  it("follows another base statement when asked", () => {
    const byState = compare(
      [
        { id: "pmo", label: "PMO", text: PMO },
        { id: "state", label: "State", text: STATE },
      ],
      { baseId: "state" },
    );
    expect(byState.rows[0].cells.map((c) => c.statementId)).toEqual(["pmo", "state"]);
    expect(byState.rows[0].cells[1].text).toContain("phone conversation");
    expect(byState.rows[0].diffs[0]).toMatchObject({ fromStatementId: "state", toStatementId: "pmo" });
  });

  it("joins a claim one statement splits over two sentences into one cell", () => {
    const joined = compare([
      { id: "a", label: "A", text: "Blinken and Aliyev discussed the border delimitation commission and the Zangezur transit route." },
      {
        id: "b",
        label: "B",
        text: "The sides discussed the border delimitation commission. They also touched on the Zangezur transit route. Unrelated remarks about football followed.",
      },
    ]);
    const row = rowWith(joined, "a", "delimitation");
    expect(row.cells.find((c) => c.statementId === "b")?.segmentIds).toEqual(["b:s0", "b:s1"]);
  });

  it("raising the threshold separates loose paraphrases", () => {
    const strict = compare(
      [
        { id: "pmo", label: "PMO", text: PMO },
        { id: "state", label: "State", text: STATE },
      ],
      { alignThreshold: 0.95 },
    );
    expect(strict.rows.every((row) => row.cells.length === 1)).toBe(true);
  });
});
