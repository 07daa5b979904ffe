/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import { diffVersions } from "@/lib/compare/versions";
import { foldForMatching, foldText, withoutYoDots } from "@/lib/text/fold";

// Tester 57 #10: Russian writes ё with or without its dots, and most printed text leaves them out, yet the row diff
// showed "Соединёнными" → "Соединенными" as a changed word and the version diff called "её" → "ее" unclassified. The
// fold (the one place that knows typography) reads ё as е, so every path that compares text agrees.
const SENTENCES = [
  "Стороны обсудили отношения с Соединёнными Штатами и её партнёрами.",
  "Министр отметил, что всё ещё ждёт ответа на своё предложение.",
  "Переговоры пройдут в Женеве при участии приглашённых наблюдателей.",
];
const dropDots = (text: string, mask: number) => {
  let k = 0;
  return text.replace(/ё/gu, (yo) => ((mask >> k++) & 1 ? "е" : yo));
};

test("the fold reads ё as е in Russian words, offsets unchanged, and leaves words with Ukrainian or Belarusian letters alone", () => {
  expect(foldForMatching("Соединённые Штаты")).toBe("соединенные штаты");
  const folded = foldText("Её партнёры");
  expect(folded.text).toBe("ее партнеры");
  expect(folded.starts.length).toBe("Её партнёры".length);
  expect(foldForMatching("сёлі")).toBe("сёлі");
  expect(foldForMatching("й и")).toBe("й и");
  expect(withoutYoDots("Ёлкин и её")).toBe("Елкин и ее");
});

test("property: dropping any of the dots leaves rows identical and version edits typographic only", () => {
  fc.assert(
    fc.property(fc.constantFrom(...SENTENCES), fc.integer({ min: 1, max: 31 }), (sentence, mask) => {
      const bare = dropDots(sentence, mask);
      const [row] = compare([
        { id: "a", label: "A", text: sentence, language: "ru", party: "a" },
        { id: "b", label: "B", text: bare, language: "ru", party: "b" },
      ]).rows;
      expect(row.reportedBy).toEqual(["a", "b"]);
      expect(row.diffs.map((diff) => diff.status)).toEqual(["identical"]);
      const classes = diffVersions(sentence, bare, "ru").edits.map((edit) => edit.class);
      expect(classes.every((c) => c === "typographic")).toBe(true);
    }),
    { numRuns: 40 },
  );
});

test("a changed word beside the dots is still a change", () => {
  const edits = diffVersions("Министр всё ещё ждёт ответа.", "Министр все еще ждал ответа.", "ru").edits;
  expect(edits.filter((edit) => edit.class !== "typographic").map((edit) => edit.after)).toEqual(["ждал"]);
});
