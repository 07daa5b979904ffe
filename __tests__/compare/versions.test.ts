/** @jest-environment node */
import { compare } from "@/lib/compare";
import type { DiffPart } from "@/lib/compare";

const ORIGINAL = [
  "President Ilham Aliyev received a phone call from U.S. Secretary of State Antony Blinken on 27 November.",
  "During the conversation, the sides discussed the peace agenda between Azerbaijan and Armenia, as well as bilateral relations.",
  "The head of state said that Azerbaijan remains committed to the peace process despite recent biased statements by U.S. officials.",
  "Secretary Blinken expressed his gratitude for the constructive position of Azerbaijan.",
].join(" ");

const text = (parts: DiffPart[], skip: DiffPart["op"]) =>
  parts
    .filter((p) => p.op !== skip)
    .map((p) => p.text)
    .join("");

describe("versions", () => {
  it("flags a republished copy with one dropped phrase and shows the phrase deleted", () => {
    const copy = ORIGINAL.replace(" despite recent biased statements by U.S. officials", "");
    const { versions } = compare([
      { id: "presidency", label: "Presidency", text: ORIGINAL },
      { id: "outlet", label: "Outlet", text: copy },
    ]);
    expect(versions).toHaveLength(1);
    const [pair] = versions;
    expect(pair).toMatchObject({ aId: "presidency", bId: "outlet", status: "diffed" });
    expect(pair.similarity).toBeGreaterThan(0.8);
    expect(pair.parts.filter((p) => p.op === "delete").map((p) => p.text.trim())).toEqual([
      "despite recent biased statements by U.S. officials",
    ]);
    expect(pair.parts.some((p) => p.op === "insert")).toBe(false);
    expect(text(pair.parts, "insert")).toBe(ORIGINAL);
    expect(text(pair.parts, "delete")).toBe(copy);
  });

  it("shows a swapped word", () => {
    const copy = ORIGINAL.replace("constructive position", "principled position");
    const [pair] = compare([
      { id: "a", label: "A", text: ORIGINAL },
      { id: "b", label: "B", text: copy },
    ]).versions;
    expect(pair.parts.filter((p) => p.op !== "equal")).toEqual([
      { op: "delete", text: "constructive" },
      { op: "insert", text: "principled" },
    ]);
  });

  it("does not flag independent readouts of the same call", () => {
    const independent = [
      "Secretary Blinken spoke with President Aliyev today about the peace process.",
      "The Secretary welcomed President Aliyev's commitment to conclude a durable and dignified peace agreement with Armenia.",
      "He also noted recent points of concern in U.S.-Azerbaijani relations.",
    ].join(" ");
    expect(compare([
      { id: "az", label: "AZ", text: ORIGINAL },
      { id: "us", label: "US", text: independent },
    ]).versions).toEqual([]);
  });

  it("does not flag a long report that quotes a short statement in full", () => {
    const report = [
      ORIGINAL,
      "Analysts in Baku and Yerevan offered differing interpretations of the call and its timing.",
      "Some saw it as a sign that Washington wants to revive the stalled negotiations before the end of the year.",
      "Others noted that the foreign ministers' meeting planned for November 20 had been cancelled by Baku.",
      "Armenian officials have repeatedly accused Azerbaijan of backtracking on agreements reached in Brussels.",
      "Azerbaijani officials, in turn, accuse Yerevan of delaying the signing of the treaty.",
    ].join(" ");
    expect(compare([
      { id: "az", label: "AZ", text: ORIGINAL },
      { id: "report", label: "Report", text: report },
    ]).versions).toEqual([]);
  });
});
