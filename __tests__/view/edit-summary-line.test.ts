/** @jest-environment node */
import fc from "fast-check";
import { editLinkLabel, editSummaryLine } from "@/lib/view/version-diff";

const counts = (fact: number, wording: number, typographic: number, unclassified: number) => ({ fact, wording, typographic, unclassified });

describe("editSummaryLine (tester C10, C12)", () => {
  test.each([
    [counts(0, 3, 0, 0), 0, "3 edits in wording"],
    [counts(0, 1, 0, 0), 0, "1 edit in wording"],
    [counts(0, 0, 0, 1), 0, "1 unclassified edit"],
    [counts(0, 0, 4, 2), 0, "2 unclassified edits"],
    [counts(1, 2, 0, 0), 0, "1 edit that changes facts, 2 in wording"],
    [counts(3, 12, 2, 1), 0, "3 edits that change facts, 12 in wording, 1 unclassified"],
    [counts(0, 2, 0, 1), 1, "2 edits in wording, 1 unclassified; 1 passage moved"],
    [counts(0, 0, 2, 0), 0, "No edits beyond typography"],
    [counts(0, 0, 2, 0), 2, "2 passages moved; no other edits beyond typography"],
    [counts(0, 0, 0, 0), 3, "3 passages moved; no other edits"],
    [counts(0, 0, 0, 0), 0, "No edits"],
  ])("%j with %i moves reads %j", (c, moves, line) => {
    expect(editSummaryLine(c, moves)).toBe(line);
  });

  test("for any counts: the first piece names its noun, numbers agree with the counts and with singular/plural", () => {
    const n = fc.nat({ max: 30 });
    fc.assert(
      fc.property(n, n, n, n, n, (fact, wording, typographic, unclassified, moves) => {
        const line = editSummaryLine(counts(fact, wording, typographic, unclassified), moves);
        const [edits, moved, ...rest] = line.split("; ");
        expect(rest).toEqual([]);
        const visible = fact + wording + unclassified;
        if (visible === 0) {
          const tail = typographic ? "edits beyond typography" : "edits";
          expect(line).toBe(moves ? `${moves} ${moves === 1 ? "passage" : "passages"} moved; no other ${tail}` : `No ${tail}`);
          return;
        }
        expect(moved).toBe(moves ? `${moves} ${moves === 1 ? "passage moved" : "passages moved"}` : undefined);
        const pieces = edits.split(", ");
        // The first piece carries the noun "edit(s)", in the number its count asks for.
        const first = /^(\d+) (?:unclassified )?(edits?)\b/.exec(pieces[0]);
        expect(first).not.toBeNull();
        expect(first![2]).toBe(Number(first![1]) === 1 ? "edit" : "edits");
        expect(pieces.map((piece) => Number(/^\d+/.exec(piece)![0]))).toEqual([fact, wording, unclassified].filter(Boolean));
        expect(pieces.every((piece) => /^\d+ /.test(piece) && !/^\d+$/.test(piece))).toBe(true);
        expect(line.includes("typograph")).toBe(false);
      }),
    );
  });
});

describe("editLinkLabel (tester C11)", () => {
  test("a whole added sentence is cut to a short label", () => {
    const sentence = "They agreed to continue the talks next spring in a city to be named later, with observers from several countries.";
    expect(editLinkLabel({ before: "", after: sentence })).toBe("∅ → They agreed to continue the talks…");
    expect(editLinkLabel({ before: ` ${sentence}`, after: "" })).toBe("They agreed to continue the talks… → ∅");
  });
  test("short edits are shown whole", () => {
    expect(editLinkLabel({ before: "underscored", after: "underlined" })).toBe("underscored → underlined");
    expect(editLinkLabel({ before: " to house arrest", after: "" })).toBe("to house arrest → ∅");
  });
});
