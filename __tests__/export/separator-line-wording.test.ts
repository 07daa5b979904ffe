/** @jest-environment node */
import { JSDOM } from "jsdom";
import { diffVersions } from "@/lib/compare/versions";
import type { VersionDiff } from "@/lib/compare/versions/types";
import type { VersionEntry } from "@/lib/data/revisions";
import { historyHtml, historyMarkdown } from "@/lib/export/history";
import { historyView, type HistoryView } from "@/lib/view/history";
import { moveDescription, movePairsLabel, pairLinkLabel, sentenceNumbers } from "@/lib/view/version-diff";

/**
 * Tester: the exports said nothing a reader could use about separator lines ("***", "* * *" between sections):
 * with typographic edits hidden (the default) a removed one printed "separator line (removed): " followed by
 * nothing; the HTML history linked to one as "see separator line" (which one?); and a move that began or ended with
 * one said "moved from a separator line of version 1". Now a removed one shows its marks, said to be a hidden
 * typographic edit, and a separator line is named by its place ("the separator line after sentence 2").
 * Texts written for this test.
 */

const S = [
  "The delegations met at the lake house on Friday.",
  "They agreed on a schedule for the border survey.",
  "Both sides thanked the mediators.",
  "Experts will meet again in the autumn.",
  "The press office released a short note afterwards.",
];
const text = (lines: string[]) => lines.join("\n\n");

function view(older: string, newer: string, showTypographic = false): HistoryView {
  const entry = (version: number, body: string) => ({ version, body, title: "Note" }) as unknown as VersionEntry;
  return historyView({ id: 1, title: "Note", language: "en", party: { name: "Ministry of Test Affairs" } }, [entry(2, newer), entry(1, older)], { showTypographic });
}

describe("a separator line removed, typographic edits hidden (the default)", () => {
  const older = text([S[0], "***", S[1], "* * *", S[2]]);
  const newer = text([S[0], S[1], "* * *", S[2]]);

  test("Markdown prints the marks removed and why they are not marked", () => {
    const markdown = historyMarkdown(view(older, newer));
    expect(markdown).toContain("- separator line (removed): \\*\\*\\* (a typographic edit, hidden)\n");
    expect(markdown).not.toMatch(/\(removed\): *\n/);
  });

  test("HTML too", () => {
    const { document } = new JSDOM(historyHtml(view(older, newer))).window;
    expect(document.querySelector("ul.pairs li[data-relation=removed]")!.textContent).toBe("separator line (removed): *** (a typographic edit, hidden)");
  });

  test("with typographic edits shown it is marked as a removal, as before", () => {
    expect(historyMarkdown(view(older, newer, true))).toContain("- separator line (removed): <del>\\*\\*\\*</del><sup>T</sup>");
    const { document } = new JSDOM(historyHtml(view(older, newer, true))).window;
    expect(document.querySelector("ul.pairs li[data-relation=removed] del")!.textContent!.trim()).toBe("***");
  });

  test("a separator line that stayed prints its marks, as before", () => {
    expect(historyMarkdown(view(older, newer))).toContain("- separator line: \\* \\* \\*\n");
  });
});

describe("a separator line at the end of a moved passage is named by its place", () => {
  // Version 2 moves the first two sentences, and the separator line after them, to the end. A separator line is no
  // move of its own (tester 41), but one right after a moved passage in both versions moved with it (session 10): the
  // engine puts it in the passage, and the exports name it by its place.
  const older = text([S[0], S[1], "***", S[2], S[3], S[4]]);
  const newer = text([S[2], S[3], S[4], S[0], S[1], "***"]);

  function withSeparatorMoved(): HistoryView {
    const v = view(older, newer);
    const diff = v.diff!;
    const separator = diff.pairs[diff.pairs.length - 1];
    expect([separator.aSentences, separator.bSentences, diff.moves.length, separator.moveId, diff.moves[0].pairIds.at(-1)]).toEqual([[2], [5], 1, diff.moves[0].id, separator.id]);
    return v;
  }

  test("its heading says where it was: after sentence 2 of version 1", () => {
    const markdown = historyMarkdown(withSeparatorMoved());
    expect(markdown).toContain("- separator line (moved from the separator line after sentence 2 of version 1): \\*\\*\\*\n");
    expect(markdown).not.toContain("a separator line");
    expect(markdown).toContain("moved from sentences 1–2 of version 1 to sentences 4–5 of version 2 (sentence pairs 4, 5).");
  });

  test("the HTML links to it by its place, not as 'see separator line'", () => {
    const { document } = new JSDOM(historyHtml(withSeparatorMoved())).window;
    const links = [...document.querySelectorAll("li#move-m0 a")].map((a) => [a.textContent, a.getAttribute("href")]);
    expect(links).toEqual([
      ["see sentence pair 4", "#pair-p3"],
      ["see sentence pair 5", "#pair-p4"],
      ["see the separator line after sentence pair 5", "#pair-p5"],
    ]);
    expect(document.querySelector("li#pair-p5 .pair-label")!.textContent).toBe("separator line (moved from the separator line after sentence 2 of version 1)");
  });

  test("a description naming only separator lines says where they stand in each version", () => {
    const diff: VersionDiff = withSeparatorMoved().diff!;
    const separatorOnly = { ...diff.moves[0], id: "m9", pairIds: ["p5"] };
    expect(moveDescription(diff, separatorOnly, "version 1", "version 2")).toBe(
      "“***” moved from the separator line after sentence 2 of version 1 to the separator line after sentence 5 of version 2",
    );
    expect(movePairsLabel(diff, separatorOnly)).toBe("the separator line after sentence pair 5");
    expect(pairLinkLabel(diff, "p5")).toBe("the separator line after sentence pair 5");
    expect(pairLinkLabel(diff, "p0")).toBe("sentence pair 1");
  });
});

test("separator lines before the first sentence, several at once, and a text of separator lines only", () => {
  const diff = diffVersions(text(["***", S[0], "* * *", S[1], "—", S[2]]), text(["***", S[0], "* * *", S[1], "—", S[2]]), "en");
  expect(sentenceNumbers(diff, "a", [0])).toBe("the separator line before sentence 1");
  expect(sentenceNumbers(diff, "b", [2])).toBe("the separator line after sentence 1");
  expect(sentenceNumbers(diff, "a", [2, 4])).toBe("the separator lines after sentences 1 and 2");
  expect(sentenceNumbers(diff, "a", [0, 2])).toBe("the separator lines before sentence 1 and after sentence 1");
  expect(sentenceNumbers(diff, "a", [1, 2])).toBe("sentence 1");
  expect(pairLinkLabel(diff, diff.pairs[0].id)).toBe("the separator line before sentence pair 1");
  const bare = diffVersions("***", "* * *", "en");
  expect(sentenceNumbers(bare, "a", [0])).toBe("the separator line");
  expect(pairLinkLabel(bare, bare.pairs[0].id)).toBe("the separator line");
});
