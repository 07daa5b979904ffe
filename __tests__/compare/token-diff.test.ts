/** @jest-environment node */
import { Lexicon } from "@/lib/compare/lexicon";
import { TokenDiffer, type TokenizedText } from "@/lib/compare/token-diff";
import { tokenize } from "@/lib/compare/tokens";
import type { DiffPart } from "@/lib/compare";

const lexicon = new Lexicon();

function tokenized(text: string): TokenizedText {
  const tokens = { text, offset: 0, starts: [] as number[], ends: [] as number[], words: [] as number[] };
  tokenize(text, 0, text.length, "en", (start, end) => {
    tokens.starts.push(start);
    tokens.ends.push(end);
    tokens.words.push(lexicon.codeAt(text, start, end) >> 1);
  });
  return tokens;
}

function diff(a: string, b: string, maxEditLength = 40): DiffPart[] | null {
  // Scratch space for 10,000 word ids: far more than these tests intern.
  const differ = new TokenDiffer(10_000);
  return differ.diff(tokenized(a), tokenized(b), { maxEditLength, timeoutMs: 1000 });
}

const joined = (parts: DiffPart[], skip: DiffPart["op"]) =>
  parts
    .filter((p) => p.op !== skip)
    .map((p) => p.text)
    .join("");

describe("TokenDiffer", () => {
  it("shows a swapped word and keeps the rest equal", () => {
    expect(diff("They noted recent points of concern.", "They noted serious points of concern.")).toEqual([
      { op: "equal", text: "They noted " },
      { op: "delete", text: "recent" },
      { op: "insert", text: "serious" },
      { op: "equal", text: " points of concern." },
    ]);
  });

  it("shows punctuation changes between matched words", () => {
    const parts = diff("Peace, and quiet.", "Peace; and quiet!")!;
    expect(parts.filter((p) => p.op !== "equal")).toEqual([
      { op: "delete", text: "," },
      { op: "insert", text: ";" },
      { op: "delete", text: "." },
      { op: "insert", text: "!" },
    ]);
  });

  it("gives parts that join back into both texts", () => {
    const a = "The Secretary welcomed President Aliyev’s commitment to conclude a durable and dignified peace agreement.";
    const b = "The Secretary praised the commitment of President Aliyev to a dignified and lasting peace agreement, officials said.";
    const parts = diff(a, b)!;
    expect(joined(parts, "insert")).toBe(a);
    expect(joined(parts, "delete")).toBe(b);
  });

  it("ignores case and quote-mark differences in words", () => {
    expect(diff("O’Brien said PEACE", "O'Brien said peace")!.every((p) => p.op === "equal")).toBe(true);
  });

  it("returns null when the words differ more than the bound allows", () => {
    expect(diff("alpha beta gamma delta", "one two three four", 7)).toBeNull();
    expect(diff("alpha beta gamma delta", "one two three four", 8)).not.toBeNull();
  });

  it("handles empty texts", () => {
    expect(diff("", "")).toEqual([]);
    expect(diff("", "New text.")).toEqual([{ op: "insert", text: "New text." }]);
    expect(diff("Old text.", "")).toEqual([{ op: "delete", text: "Old text." }]);
  });
});
