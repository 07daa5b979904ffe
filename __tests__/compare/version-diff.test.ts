/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import { classifyEdit, classifyRevision, diffVersions, flattenVersionDiff, type VersionDiff } from "@/lib/compare/versions";
import { editSummaryLine as editSummary } from "@/lib/view/version-diff";
import { ELEVEN, THREE } from "../helpers/version-texts";
import { sides } from "../helpers/version-sides";

/** The b sides in display order give b; the a sides in a order give a. */

const edits = (diff: VersionDiff) => diff.edits.map((edit) => [edit.before, edit.after, edit.class, edit.reason]);

describe("sentence-aligned version diff (issue 12)", () => {
  const THREE_A = THREE.map(([before]) => before).join(" ");
  const THREE_B = THREE.map(([, after]) => after).join(" ");

  test("three sentences, one word changed in each, with a small edit bound: each swap is its own edit, never delete-all/insert-all", () => {
    const { versions } = compare(
      [
        { id: "a", label: "A", text: THREE_A },
        { id: "b", label: "B", text: THREE_B },
      ],
      { maxEditLength: 2 },
    );
    expect(versions).toHaveLength(1);
    const [pair] = versions;
    expect(pair.sentencePairs!.map((p) => p.relation)).toEqual(["changed", "changed", "changed"]);
    expect(pair.edits!.map((edit) => [edit.before, edit.after, edit.class, edit.reason])).toEqual([
      ["president", "premier", "fact", "title"],
      ["border", "frontier", "wording", "synonym"],
      ["calm", "warm", "unclassified", "unknown"],
    ]);
    expect(pair.parts.filter((part) => part.op !== "equal")).toEqual([
      { op: "delete", text: "president" },
      { op: "insert", text: "premier" },
      { op: "delete", text: "border" },
      { op: "insert", text: "frontier" },
      { op: "delete", text: "calm" },
      { op: "insert", text: "warm" },
    ]);
    expect(pair.counts).toEqual({ fact: 1, wording: 1, typographic: 0, unclassified: 1 });
    expect(pair.pairedShare).toBe(1);
    // 6 of 50 words changed.
    expect(pair.similarity).toBe(0.88);
  });

  // Eleven sentences of about twenty words; two words or short phrases swapped in each (__tests__/helpers/version-texts.ts).
  const ELEVEN_A = ELEVEN.map(([a]) => a).join(" ");
  const ELEVEN_B = ELEVEN.map(([, b]) => b).join(" ");

  test("eleven sentences with two swaps each are listed as a version with default options; house arrest is a fact, underscored a wording edit", () => {
    const { versions } = compare([
      { id: "a", label: "A", text: ELEVEN_A },
      { id: "b", label: "B", text: ELEVEN_B },
    ]);
    expect(versions).toHaveLength(1);
    const [pair] = versions;
    expect(pair.pairedShare).toBe(1);
    expect(pair.sentencePairs!.map((p) => p.relation)).toEqual(Array(11).fill("changed"));
    expect(pair.edits).toHaveLength(22);
    const byBefore = new Map(pair.edits!.map((edit) => [edit.before, edit]));
    expect(byBefore.get("to house arrest")).toMatchObject({ after: "from detention", class: "fact", reason: "qualifier" });
    expect(byBefore.get("underscored")).toMatchObject({ after: "underlined", class: "wording", reason: "synonym" });
    expect(byBefore.get("expeditious")).toMatchObject({ after: "early", class: "wording", reason: "synonym" });
    // Every edit is one word or a short phrase.
    expect(Math.max(...pair.edits!.map((edit) => edit.before.split(" ").length))).toBeLessThanOrEqual(3);
    expect(pair.counts!.fact + pair.counts!.wording + pair.counts!.unclassified).toBe(22);
    expect(pair.similarity).toBeGreaterThan(0.8);
  });

  test("Azerbaijan’s vs Azerbaijan's: a typographic edit, hidden in the shown diff, as in the row diff", () => {
    const a = "The minister praised Azerbaijan’s readiness to resume talks.";
    const b = "The minister praised Azerbaijan's readiness to resume talks.";
    const diff = diffVersions(a, b);
    expect(edits(diff)).toEqual([["Azerbaijan’s", "Azerbaijan's", "typographic", "typography"]]);
    expect(flattenVersionDiff(diff)).toEqual([{ op: "equal", text: b }]);
    expect(editSummary(diff.counts)).toBe("No edits beyond typography");
    const { versions, rows } = compare([
      { id: "a", label: "A", text: a },
      { id: "b", label: "B", text: b },
    ]);
    expect(rows[0].diffs.flatMap((d) => d.parts.filter((part) => part.op !== "equal"))).toEqual([]);
    expect(versions[0].parts.filter((part) => part.op !== "equal")).toEqual([]);
    expect(versions[0].similarity).toBe(1);
  });

  test("a moved paragraph is shown once, as moved, with a link to where it stood", () => {
    const first = "The talks opened with a review of the ceasefire line. Officers from both sides attended.";
    const second = "Trade through the mountain pass was the second topic. A customs post will reopen in March.";
    const third = "The delegations closed by thanking the mediators. A further round is planned.";
    const a = [first, second, third].join("\n\n");
    const b = [first, third, second].join("\n\n");
    const diff = diffVersions(a, b);
    expect(diff.moves).toHaveLength(1);
    const [move] = diff.moves;
    const moved = diff.pairs.filter((pair) => pair.moveId === move.id);
    expect(moved.map((pair) => b.slice(pair.b!.start, pair.b!.end).trim())).toEqual([
      "Trade through the mountain pass was the second topic.",
      "A customs post will reopen in March.",
    ]);
    expect(a.slice(move.a.start, move.a.end).trim()).toBe(second);
    expect(b.slice(move.b.start, move.b.end).trim()).toBe(second);
    // Where it stood: after the first paragraph's last sentence.
    expect(diff.pairs.find((pair) => pair.id === move.fromAfterPairId)!.parts.map((p) => p.text).join("").trim()).toBe("Officers from both sides attended.");
    // Shown once: no sentence of it is an added or removed pair, and no edit at all (the line breaks at its ends are layout).
    expect(diff.pairs.map((pair) => pair.relation)).toEqual(Array(6).fill("equal"));
    expect(diff.edits).toEqual([]);
    expect(flattenVersionDiff(diff).filter((part) => part.op !== "equal")).toEqual([]);
  });

  test("a split sentence is one pair of one a sentence and two b sentences", () => {
    const a = "The minister met the envoy in the capital and they discussed the return of displaced families to their villages.";
    const b = "The minister met the envoy in the capital. They discussed the return of displaced families to their villages.";
    const diff = diffVersions(a, b);
    expect(diff.pairs.map((pair) => [pair.relation, pair.aSentences, pair.bSentences])).toEqual([["split", [0], [0, 1]]]);
    // "and" became a full stop; the capital of "They" is a change of case only (the fold's, so typographic).
    expect(edits(diff)).toEqual([
      [" and", ".", "wording", "function-word"],
      ["they", "They", "typographic", "typography"],
    ]);
    expect(sides(diff)).toEqual({ a, b });
  });

  test("a short sentence with two words reworded in the same place is one changed pair, not a removal and an addition", () => {
    const a = "The sides discussed trade. The talks ended late in the evening.";
    const b = "The parties discussed commerce. The talks ended late in the evening.";
    const diff = diffVersions(a, b);
    expect(diff.pairs.map((pair) => [pair.relation, pair.aSentences, pair.bSentences])).toEqual([
      ["changed", [0], [0]],
      ["equal", [1], [1]],
    ]);
    expect(edits(diff).map(([before, after]) => [before, after])).toEqual([
      ["sides", "parties"],
      ["trade", "commerce"],
    ]);
    expect(sides(diff)).toEqual({ a, b });
    // A role changed in a six-word sentence: one changed pair with the title edit classed fact.
    const role = diffVersions("He spoke with the prime minister. They agreed to meet.", "He spoke with the president. They agreed to meet.");
    expect(role.pairs.map((pair) => pair.relation)).toEqual(["changed", "equal"]);
    expect(role.edits.map((edit) => [edit.before, edit.after, edit.class])).toEqual([["prime minister", "president", "fact"]]);
    // Nothing in common but the place: a replaced claim stays a removal and an addition (tester 37 finding 5).
    const replaced = diffVersions("The weather was fine. The talks ended late.", "Both sides agreed to meet. The talks ended late.");
    expect(replaced.pairs.map((pair) => pair.relation)).toEqual(["removed", "added", "equal"]);
    const middle = diffVersions(
      "Ivanov phoned Petrosyan on Monday. The ceasefire will hold along the entire line. The sides agreed to stay in contact.",
      "Ivanov phoned Petrosyan on Monday. The minister thanked his colleague for the hospitality. The sides agreed to stay in contact.",
    );
    expect(middle.pairs.map((pair) => pair.relation)).toEqual(["equal", "removed", "added", "equal"]);
    // Without a pair anywhere there is no shared place: a removal and an addition.
    expect(diffVersions("The weather was fine.", "Both sides agreed to meet.").pairs.map((pair) => pair.relation).sort()).toEqual(["added", "removed"]);
  });

  test("property: a sentence in the same place that keeps a quarter of its content words is paired, whatever its length", () => {
    const vocabulary = ["talks", "minister", "border", "trade", "agreed", "visit", "road", "crossing", "envoy", "capital", "river", "council"];
    const replacements = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo", "lima"];
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(fc.constantFrom(...vocabulary), { minLength: 3, maxLength: 6 }), { minLength: 3, maxLength: 6 }),
        fc.nat(),
        fc.nat(),
        (sentences, pick, share) => {
          const target = pick % sentences.length;
          const words = sentences[target];
          // With "ItemN", the sentence has n + 1 distinct content words and keeps keep + 1 of them: Dice (keep + 1) / (n + 1),
          // from a quarter up (mostly below PAIR_MIN_DICE's half, the range only the in-place pass pairs).
          const keep = Math.max(1, Math.ceil((words.length + 1) / 4) - 1 + (share % 2));
          const edited = words.map((word, k) => (k < keep ? word : replacements[k]));
          const text = (list: string[][]) => list.map((w, s) => `Item${s} ${w.join(" ")}.`).join(" ");
          const a = text(sentences);
          const b = text(sentences.map((w, s) => (s === target ? edited : w)));
          const diff = diffVersions(a, b);
          expect(sides(diff)).toEqual({ a, b });
          expect(diff.pairs.filter((pair) => pair.relation === "added" || pair.relation === "removed")).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  test.each([
    ["will", "may", "modality"],
    ["all", "some", "scope"],
    ["", "not", "negation"],
    ["120", "150", "number"],
    ["Yerevan", "Tbilisi", "place"],
    ["Mr Sargsyan", "Mr Petrosyan", "name"],
    ["on 12 March", "on 14 March", "date"],
  ])("%p → %p is a fact (%s)", (before, after, reason) => {
    expect(classifyEdit(before, after)).toEqual({ class: "fact", reason });
  });

  test.each([
    ["underscored", "underlined", "synonym"],
    ["defence", "defense", "notation"],
    ["the", "a", "function-word"],
  ])("%p → %p is wording (%s)", (before, after, reason) => {
    expect(classifyEdit(before, after)).toEqual({ class: "wording", reason });
  });

  test("Yerevan is a place in the gazetteer; names are capitalised words not opening a sentence", () => {
    expect(classifyEdit("Sargsyan", "Petrosyan")).toEqual({ class: "fact", reason: "name" });
    expect(classifyEdit("Then", "Later", { language: "en", sentenceInitial: true })).toEqual({ class: "unclassified", reason: "unknown" });
    expect(classifyEdit("“", "\"")).toEqual({ class: "typographic", reason: "typography" });
  });

  test("classifyRevision says whether an edit at source changed facts", () => {
    expect(classifyRevision("The talks were held on Monday.", "The talks were held on Tuesday.")).toMatchObject({ changesFacts: true, counts: { fact: 1, wording: 0, typographic: 0, unclassified: 0 } });
    expect(classifyRevision("The talks were held on Monday.", "The talks were held on Monday .")).toMatchObject({ changesFacts: false });
    expect(editSummary({ fact: 3, wording: 12, typographic: 2, unclassified: 0 })).toBe("3 edits that change facts, 12 in wording");
  });

  test("property: for random texts and edit scripts (word swaps, sentence moves, drops), the diff gives b exactly and every scripted edit appears no larger", () => {
    const vocabulary = ["talks", "minister", "border", "trade", "agreed", "visit", "road", "crossing", "envoy", "capital", "river", "council", "treaty", "meeting", "week"];
    const replacements = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"];
    // Words unique within a sentence: a swapped repeated word has several equally small diffs.
    const sentence = fc.uniqueArray(fc.constantFrom(...vocabulary), { minLength: 6, maxLength: 14 });
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 2, maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...replacements)), { maxLength: 4 }),
        fc.option(fc.tuple(fc.nat(), fc.nat())),
        fc.option(fc.nat()),
        (sentences, swaps, move, drop) => {
          // Sentences made unique by a numbered first word, so each has one counterpart.
          const original = sentences.map((words, s) => [`Item${s}`, ...words]);
          const edited = original.map((words) => words.slice());
          const scripted: { sentence: number; before: string; after: string }[] = [];
          const touched = new Set<string>();
          for (const [s, w, replacement] of swaps) {
            const sIndex = s % edited.length;
            const words = edited[sIndex];
            const wIndex = 1 + (w % (words.length - 1));
            // Swaps one word with at least one untouched word between swaps, at most one in three words of a sentence.
            if ([wIndex - 1, wIndex, wIndex + 1].some((k) => touched.has(`${sIndex}:${k}`))) continue;
            if ([...touched].filter((key) => key.startsWith(`${sIndex}:`)).length * 3 >= words.length - 3) continue;
            touched.add(`${sIndex}:${wIndex}`);
            scripted.push({ sentence: sIndex, before: words[wIndex], after: replacement });
            words[wIndex] = replacement;
          }
          let order = edited.map((_, s) => s);
          if (drop !== null && order.length > 2) order = order.filter((s) => s !== drop % edited.length);
          if (move !== null && order.length > 2) {
            const [from] = order.splice(move[0] % order.length, 1);
            order.splice(move[1] % (order.length + 1), 0, from);
          }
          const sentenceText = (words: string[]) => `${words.join(" ")}.`;
          const a = original.map(sentenceText).join(" ");
          const b = order.map((s) => sentenceText(edited[s])).join(" ");
          const diff = diffVersions(a, b);
          expect(sides(diff)).toEqual({ a, b });
          for (const { sentence: s, before, after } of scripted) {
            if (!order.includes(s)) continue;
            const found = diff.edits.some((edit) => edit.before.trim() === before && edit.after.trim() === after);
            expect(found).toBe(true);
          }
          // A dropped sentence is one removed pair, a moved one a move, not a deletion plus an insertion.
          expect(diff.pairs.filter((pair) => pair.relation === "added")).toEqual([]);
          expect(diff.pairs.filter((pair) => pair.relation === "removed")).toHaveLength(original.length - order.length);
        },
      ),
      { numRuns: 150 },
    );
  });
});
