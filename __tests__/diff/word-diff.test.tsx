import { render } from "@testing-library/react";
import { WordDiff } from "@/components/WordDiff";
import { diffStats, separatorBetween, wordDiff } from "@/lib/diff/word-diff";
import { htmlDiff } from "@/lib/export/html";
import { excerpt } from "@/lib/view/change-blocks";

function markup(before: string, after: string) {
  const parts = wordDiff(before, after);
  if (!parts) throw new Error("diff unexpectedly gave up");
  const { container } = render(<WordDiff parts={parts} />);
  return {
    parts,
    inserted: [...container.querySelectorAll("ins")].map((el) => el.textContent),
    deleted: [...container.querySelectorAll("del")].map((el) => el.textContent),
    visibleText: container.textContent!.replace(/\[(added|removed): |\]/g, ""),
  };
}

describe("wordDiff and <WordDiff>", () => {
  test("a swapped verb becomes one <del> and one <ins>", () => {
    const result = markup("The Secretary welcomed the commitment.", "The Secretary noted the commitment.");
    expect(result.parts).toEqual([
      { op: "equal", text: "The Secretary " },
      { op: "delete", text: "welcomed" },
      { op: "insert", text: "noted" },
      { op: "equal", text: " the commitment." },
    ]);
    expect(result.deleted).toEqual(["[removed: welcomed]"]);
    expect(result.inserted).toEqual(["[added: noted]"]);
  });

  test("curly quotes stay outside the changed word", () => {
    const result = markup("He “noted recent points of concern” today.", "He “noted serious points of concern” today.");
    expect(result.parts).toEqual([
      { op: "equal", text: "He “noted " },
      { op: "delete", text: "recent" },
      { op: "insert", text: "serious" },
      { op: "equal", text: " points of concern” today." },
    ]);
  });

  test("dropped phrases are deletions only, and the parts rebuild both texts", () => {
    const before = "Aliyev agreed to receive the senior U.S. diplomat in Baku in December.";
    const after = "Aliyev agreed to receive the diplomat in December.";
    const parts = wordDiff(before, after)!;
    const deletedWords = parts.filter((p) => p.op === "delete").flatMap((p) => p.text.trim().split(/\s+/));
    expect(deletedWords.sort()).toEqual(["Baku", "U.S.", "in", "senior"]);
    expect(parts.some((p) => p.op === "insert")).toBe(false);
    const rebuild = (skip: string) => parts.filter((p) => p.op !== skip).map((p) => p.text).join("").replace(/\s+/g, " ");
    expect(rebuild("insert")).toBe(before);
    expect(rebuild("delete")).toBe(after);
  });

  test("Armenian words are diffed as whole words, not letters", () => {
    const result = markup("Հայաստանի վարչապետը խոսել է։", "Հայաստանի նախագահը խոսել է։");
    expect(result.deleted).toEqual(["[removed: վարչապետը]"]);
    expect(result.inserted).toEqual(["[added: նախագահը]"]);
  });

  test("Russian text with «guillemets»", () => {
    const parts = wordDiff("Госсекретарь «приветствовал» обязательство.", "Госсекретарь «отметил» обязательство.", {}, "ru");
    expect(parts).toEqual([
      { op: "equal", text: "Госсекретарь «" },
      { op: "delete", text: "приветствовал" },
      { op: "insert", text: "отметил" },
      { op: "equal", text: "» обязательство." },
    ]);
  });

  test("identical texts render with no <ins> or <del>", () => {
    const result = markup("Nothing changed here.", "Nothing changed here.");
    expect(result.inserted).toEqual([]);
    expect(result.deleted).toEqual([]);
    expect(result.visibleText).toBe("Nothing changed here.");
  });

  test("returns null when the edit bound trips", () => {
    expect(wordDiff("one two three four", "five six seven eight", { maxEditLength: 2 })).toBeNull();
  });

  test("diffStats counts changed words", () => {
    const parts = wordDiff("a b c d", "a x c d e f")!;
    expect(diffStats(parts)).toEqual({ insertions: 3, deletions: 1 });
  });
});

describe("issue 9 §5–6: rendering keeps words and graphemes whole", () => {
  it("a deletion and an insertion that meet keep a space between them, in the page and the HTML export", () => {
    const parts = wordDiff("They would take the concerns into account.", "They would take the demands into account.")!;
    expect(parts).toEqual([
      { op: "equal", text: "They would take the " },
      { op: "delete", text: "concerns" },
      { op: "insert", text: "demands" },
      { op: "equal", text: " into account." },
    ]);
    const { container } = render(<WordDiff parts={parts} />);
    expect(container.textContent!.replace(/\[(added|removed): |\]/g, "")).toBe("They would take the concerns demands into account.");
    expect(htmlDiff(parts)).toBe("They would take the <del>concerns</del> <ins>demands</ins> into account.");
    expect(separatorBetween({ op: "delete", text: "X " }, { op: "insert", text: "Y" })).toBe("");
    expect(separatorBetween({ op: "equal", text: "X" }, { op: "insert", text: "Y" })).toBe("");
  });

  it("change-list excerpts are cut between graphemes", () => {
    expect(excerpt("🇦🇲🇦🇿🇺🇸", 5)).toBe("🇦🇲…");
    expect(excerpt("cafe\u0301 talks", 5)).toBe("caf…");
  });
});
