/** @jest-environment node */
import { compare, diffWordsBounded } from "@/lib/compare";

const bounds = { maxEditLength: 40, timeoutMs: 1000 };

describe("diffWordsBounded", () => {
  it("marks the changed word", () => {
    expect(diffWordsBounded("a durable and dignified peace", "a lasting and dignified peace", bounds)).toEqual([
      { op: "equal", text: "a " },
      { op: "delete", text: "durable" },
      { op: "insert", text: "lasting" },
      { op: "equal", text: " and dignified peace" },
    ]);
  });

  it("returns null when the edit bound trips instead of running on", () => {
    const a = Array.from({ length: 200 }, (_, i) => `alpha${i}`).join(" ");
    const b = Array.from({ length: 200 }, (_, i) => `beta${i}`).join(" ");
    expect(diffWordsBounded(a, b, bounds)).toBeNull();
    expect(diffWordsBounded(a, b, { maxEditLength: 1000, timeoutMs: 1000 })).not.toBeNull();
  });

  it("diffs Armenian word by word, not letter by letter", () => {
    const parts = diffWordsBounded("Նա շնորհակալություն է հայտնել", "Նա ցավակցություն է հայտնել", { ...bounds, language: "hy" });
    expect(parts?.filter((p) => p.op !== "equal")).toEqual([
      { op: "delete", text: "շնորհակալություն" },
      { op: "insert", text: "ցավակցություն" },
    ]);
  });

  it("handles empty input", () => {
    expect(diffWordsBounded("", "", bounds)).toEqual([]);
    expect(diffWordsBounded("", "new", bounds)).toEqual([{ op: "insert", text: "new" }]);
  });
});

describe("framing diffs in rows", () => {
  const row = (comparison: ReturnType<typeof compare>) => comparison.rows.find((r) => r.cells.length === 2)!;

  it("calls identical cells identical", () => {
    const text = "The sides discussed the peace treaty and border delimitation.";
    const [diff] = row(compare([{ id: "a", label: "A", text }, { id: "b", label: "B", text }])).diffs;
    expect(diff).toMatchObject({ fromStatementId: "a", toStatementId: "b", status: "identical" });
  });

  it("diffs a reworded cell against the anchor", () => {
    const [diff] = row(
      compare([
        { id: "a", label: "A", text: "The sides discussed the peace treaty and border delimitation." },
        { id: "b", label: "B", text: "The sides discussed the peace treaty and border demarcation." },
      ]),
    ).diffs;
    expect(diff.status).toBe("diffed");
    expect(diff.parts.filter((p) => p.op !== "equal").map((p) => p.text)).toEqual(["delimitation", "demarcation"]);
  });

  it("calls a cell rephrased when the diff would exceed the bound", () => {
    const [diff] = row(
      compare(
        [
          { id: "a", label: "A", text: "The sides discussed the peace treaty and border delimitation in detail." },
          { id: "b", label: "B", text: "Border delimitation and the peace treaty were on the agenda of both sides." },
        ],
        { maxEditLength: 4 },
      ),
    ).diffs;
    expect(diff).toMatchObject({ status: "rephrased", parts: [] });
  });
});
