/** @jest-environment node */
import fc from "fast-check";
import { diffVersions } from "@/lib/compare/versions";
import type { VersionDiff, VersionEdit } from "@/lib/compare/versions/types";
import { sides } from "../helpers/version-sides";

/** A phrase moved inside its sentence is one edit with both places (tester of session 17: it was two fact edits). */

const row = (edit: VersionEdit) => [edit.before, edit.after, edit.class, edit.reason, edit.moved ?? false];

/** The one moved edit of a diff, with its parts: the delete part at the old place, the insert part at the new one. */
function theMove(diff: VersionDiff): VersionEdit {
  const moved = diff.edits.filter((edit) => edit.moved);
  expect(moved).toHaveLength(1);
  const [edit] = moved;
  const parts = diff.pairs.flatMap((pair) => pair.parts).filter((part) => part.editId === edit.id);
  expect(parts.map((part) => [part.op, part.text])).toEqual([
    ...(parts[0].op === "delete" ? [["delete", edit.before], ["insert", edit.after]] : [["insert", edit.after], ["delete", edit.before]]),
  ]);
  return edit;
}

describe("a phrase moved inside its sentence is shown once, as moved, and states the same fact", () => {
  test.each([
    ["a date to the front", "Blinken spoke with Aliyev on Monday.", "On Monday, Blinken spoke with Aliyev.", [" on Monday", "On Monday, "]],
    ["a place to the front", "Blinken spoke with Aliyev from Washington.", "From Washington, Blinken spoke with Aliyev.", [" from Washington", "From Washington, "]],
    ["the partner behind the date", "Blinken spoke with Aliyev on Monday.", "Blinken spoke on Monday with Aliyev.", ["with Aliyev ", " with Aliyev"]],
    ["the partner to the front", "Blinken spoke with Aliyev on Monday.", "With Aliyev, Blinken spoke on Monday.", ["with Aliyev ", "With Aliyev, "]],
    ["a date after the subject", "Secretary Blinken spoke with Aliyev on Monday.", "Secretary Blinken on Monday spoke with Aliyev.", [" on Monday", "on Monday "]],
  ])("English: %s", (_label, a, b, [before, after]) => {
    const diff = diffVersions(a, b, "en");
    expect(diff.edits.map(row)).toEqual([[before, after, "wording", "moved", true]]);
    expect(diff.counts).toEqual({ fact: 0, wording: 1, typographic: 0, unclassified: 0 });
    const edit = theMove(diff);
    // The two places, each in its own text.
    expect(a.slice(edit.a.start, edit.a.end)).toBe(before);
    expect(b.slice(edit.b.start, edit.b.end)).toBe(after);
    expect(sides(diff)).toEqual({ a, b });
    // Moved words stayed: the similarity counts them as kept.
    expect(diff.similarity).toBe(1);
    // Read backwards, the same move.
    const back = diffVersions(b, a, "en");
    expect(back.edits.map((e) => [e.class, e.reason, e.moved])).toEqual([["wording", "moved", true]]);
  });

  test("the move in a text of several sentences: only that pair holds an edit, the others are equal", () => {
    const a = "The talks ended. Blinken spoke with Aliyev on Monday. Then he left.";
    const b = "The talks ended. On Monday, Blinken spoke with Aliyev. Then he left.";
    const diff = diffVersions(a, b, "en");
    expect(diff.edits.map(row)).toEqual([[" on Monday", "On Monday, ", "wording", "moved", true]]);
    expect(diff.pairs.map((pair) => pair.relation)).toEqual(["equal", "changed", "equal"]);
    expect(diff.moves).toEqual([]);
    expect(sides(diff)).toEqual({ a, b });
  });

  test("a separator changed beside the moved phrase stays its own edit; a capital lost at the old start is typographic", () => {
    const bang = diffVersions("Blinken spoke with Aliyev on Monday.", "On Monday, Blinken spoke with Aliyev!", "en");
    expect(bang.edits.map(row)).toEqual([
      [" on Monday", "On Monday, ", "wording", "moved", true],
      [".", "!", "wording", "punctuation", false],
    ]);
    expect(sides(bang)).toEqual({ a: "Blinken spoke with Aliyev on Monday.", b: "On Monday, Blinken spoke with Aliyev!" });
    const lowered = diffVersions("The minister spoke with Aliyev on Monday.", "On Monday, the minister spoke with Aliyev.", "en");
    expect(lowered.edits.map(row)).toEqual([
      [" on Monday", "On Monday, ", "wording", "moved", true],
      ["The", "the", "typographic", "typography", false],
    ]);
    // The new place, the capital and the old place, in the newer text's order: the move's insert is not merged with "The" → "the".
    expect(lowered.pairs[0].parts.map((part) => [part.op, part.text, part.editId])).toEqual([
      ["insert", "On Monday, ", "e0"],
      ["delete", "The", "e1"],
      ["insert", "the", "e1"],
      ["equal", " minister spoke with Aliyev", undefined],
      ["delete", " on Monday", "e0"],
      ["equal", ".", undefined],
    ]);
  });

  test("Russian: the partner moved behind the object (was two name facts)", () => {
    const a = "Блинкен обсудил с Пашиняном вопросы мирного процесса.";
    const b = "Блинкен обсудил вопросы мирного процесса с Пашиняном.";
    const diff = diffVersions(a, b, "ru");
    expect(diff.edits.map(row)).toEqual([["с Пашиняном ", " с Пашиняном", "wording", "moved", true]]);
    theMove(diff);
    expect(sides(diff)).toEqual({ a, b });
    const dated = diffVersions("Блинкен 28 ноября обсудил с Алиевым мирный договор.", "28 ноября Блинкен обсудил с Алиевым мирный договор.", "ru");
    expect(dated.edits.map((edit) => [edit.class, edit.reason, edit.moved])).toEqual([["wording", "moved", true]]);
  });

  test("Armenian: the date moved to the front of the opening sentence (was a date and a title fact)", () => {
    const a = "Վարչապետ Նիկոլ Փաշինյանը նոյեմբերի 29-ին հեռախոսազրույց է ունեցել ԱՄՆ պետքարտուղար Էնթոնի Բլինքենի հետ։";
    const b = "Նոյեմբերի 29-ին վարչապետ Նիկոլ Փաշինյանը հեռախոսազրույց է ունեցել ԱՄՆ պետքարտուղար Էնթոնի Բլինքենի հետ։";
    const diff = diffVersions(a, b, "hy");
    expect(diff.edits.map(row)).toEqual([
      ["նոյեմբերի 29-ին ", "Նոյեմբերի 29-ին ", "wording", "moved", true],
      ["Վարչապետ", "վարչապետ", "typographic", "typography", false],
    ]);
    expect(diff.counts.fact).toBe(0);
    expect(sides(diff)).toEqual({ a, b });
    // The partner moved in front of the verb: still the call's other party.
    const partner = diffVersions("Փաշինյանը հեռախոսազրույց է ունեցել Բլինքենի հետ։", "Փաշինյանը Բլինքենի հետ հեռախոսազրույց է ունեցել։", "hy");
    expect(partner.edits.map((edit) => [edit.class, edit.reason, edit.moved])).toEqual([["wording", "moved", true]]);
  });

  test("a date written in another order is still notation, not a move (date-order.ts)", () => {
    const diff = diffVersions("The talks were held on March 12 in Vienna.", "The talks were held on 12 March in Vienna.", "en");
    expect(diff.edits.every((edit) => !edit.moved && edit.class === "wording" && edit.reason === "notation")).toBe(true);
  });
});

describe("a move that may change what the sentence says is not hidden as wording", () => {
  test.each([
    ["“only” moved to another part", "Only Blinken spoke with Aliyev.", "Blinken spoke only with Aliyev.", "fact", "scope"],
    ["“also” moved", "Blinken also spoke with Aliyev on Monday.", "Blinken spoke with Aliyev also on Monday.", "fact", "scope"],
    ["“not” moved with a verb", "Blinken said Aliyev had not agreed.", "Blinken had not said Aliyev agreed.", "unclassified", "unknown"],
    ["a date moved across a negation", "Blinken did not speak with Aliyev on Monday.", "On Monday, Blinken did not speak with Aliyev.", "unclassified", "unknown"],
    ["an adjective attached to another noun", "The Armenian minister met the foreign minister.", "The minister met the Armenian foreign minister.", "unclassified", "unknown"],
    ["a place that may have modified a noun", "The minister spoke about the attack in Baku.", "In Baku, the minister spoke about the attack.", "unclassified", "unknown"],
    ["a noun phrase moved across the verb", "Blinken thanked Aliyev warmly.", "Blinken warmly thanked Aliyev.", "unclassified", "unknown"],
  ])("%s", (_label, a, b, editClass, reason) => {
    const diff = diffVersions(a, b, "en");
    const edit = theMove(diff);
    expect([edit.class, edit.reason]).toEqual([editClass, reason]);
    expect(diff.edits.filter((e) => e.class === "wording")).toEqual([]);
    expect(sides(diff)).toEqual({ a, b });
  });

  test("Russian “только” moved is a scope fact", () => {
    const diff = diffVersions("Только Блинкен говорил с Алиевым.", "Блинкен говорил только с Алиевым.", "ru");
    expect(diff.edits.map((edit) => [edit.class, edit.reason, edit.moved])).toEqual([["fact", "scope", true]]);
  });
});

/** Words of the generated sentences: no negation, scope, focus or modal word (those moves are not wording). */
const NAMES = ["Blinken", "Aliyev", "Pashinyan", "Washington", "Baku", "Yerevan", "Monday", "Tuesday"];
const COMMON = ["envoy", "border", "treaty", "delegation", "ceasefire", "prisoners", "trade", "route", "talks", "corridor", "minister", "statement", "spoke", "discussed", "welcomed", "reviewed", "the", "a", "of", "on", "with", "from", "in", "about", "and", "for"];
const VOCABULARY = [...NAMES, ...COMMON];
const capital = (word: string) => word[0].toUpperCase() + word.slice(1);
const lower = (word: string) => (NAMES.includes(word) ? word : word.toLowerCase());

/** A sentence of distinct words, first letter capitalised, a full stop at the end. */
const sentenceWords = fc.uniqueArray(fc.constantFrom(...VOCABULARY), { minLength: 3, maxLength: 9 });
const write = (words: readonly string[], comma: number) =>
  `${words.map((word, k) => (k === 0 ? capital(word) : lower(word)) + (k === comma ? "," : "")).join(" ")}.`;

describe("property: a random phrase moved inside one sentence", () => {
  test("is one moved edit, no fact edit, the parts rebuild both texts", () => {
    fc.assert(
      fc.property(
        fc.array(sentenceWords, { minLength: 1, maxLength: 4 }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: -1, max: 8 }),
        (sentences, which, from, length, to, comma) => {
          // Sentences with different word sets, so that each pairs with its own.
          fc.pre(new Set(sentences.map((words) => [...words].sort().join(" "))).size === sentences.length);
          const s = which % sentences.length;
          const words = sentences[s];
          const start = from % words.length;
          const count = 1 + (length % Math.min(3, words.length - 1));
          fc.pre(start + count <= words.length);
          const phrase = words.slice(start, start + count);
          const rest = [...words.slice(0, start), ...words.slice(start + count)];
          const at = to % (rest.length + 1);
          const moved = [...rest.slice(0, at), ...phrase, ...rest.slice(at)];
          fc.pre(moved.join(" ") !== words.join(" "));
          const a = sentences.map((w) => write(w, -1)).join(" ");
          const b = sentences.map((w, k) => (k === s ? write(moved, comma) : write(w, -1))).join(" ");
          const diff = diffVersions(a, b, "en");
          expect(sides(diff)).toEqual({ a, b });
          expect(diff.edits.filter((edit) => edit.moved)).toHaveLength(1);
          expect(diff.edits.filter((edit) => edit.class === "fact")).toEqual([]);
          // Besides the move, only case (a sentence's first letter) and the comma changed.
          for (const edit of diff.edits.filter((e) => !e.moved)) expect(["typography", "punctuation"]).toContain(edit.reason);
          expect(diff.moves).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  // Not after a common noun: "discussed the ceasefire on Monday" may be a Monday ceasefire (phrase-move-class.ts rule 3).
  test("an adjunct moved between the sentence's edges is wording", () => {
    const ADJUNCTS = ["on Monday", "from Washington", "with Aliyev", "in Baku", "on 28 November", "yesterday"];
    fc.assert(
      fc.property(fc.constantFrom(...ADJUNCTS), fc.constantFrom("Blinken spoke", "Blinken discussed the ceasefire with Aliyev", "The envoy met Pashinyan"), fc.boolean(), (adjunct, clause, comma) => {
        const a = `${clause} ${adjunct}.`;
        const b = `${capital(adjunct)}${comma ? "," : ""} ${clause[0].toLowerCase() === clause[0] ? clause : lower(clause.split(" ")[0]) + clause.slice(clause.indexOf(" "))}.`;
        for (const [x, y] of [[a, b], [b, a]]) {
          const diff = diffVersions(x, y, "en");
          expect(diff.edits.filter((edit) => edit.moved).map((edit) => [edit.class, edit.reason])).toEqual([["wording", "moved"]]);
          expect(diff.counts.fact + diff.counts.unclassified).toBe(0);
          expect(sides(diff)).toEqual({ a: x, b: y });
        }
      }),
      { numRuns: 100 },
    );
  });
});
