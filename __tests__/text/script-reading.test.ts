/** @jest-environment node */
import fc from "fast-check";
import { findQuotations } from "@/lib/compare/quotation-marks";
import { dominantScript, readScripts } from "@/lib/text/language";

// lib/text/language.ts readScripts: the script a statement is written in, by its own words' letters (quotations do
// not vote) with its tag heard in a close vote (tester 62 F9), and the scripts it writes a real share of its words in.
const quotedIn = (text: string) => findQuotations(text).flatMap((quotation) => quotation.fragments);
const read = (text: string, language?: string) => readScripts(text, { language, quoted: quotedIn(text) });

const RUSSIAN = "Президент провёл телефонный разговор с госсекретарём. Стороны договорились о визите в декабре.";
const ENGLISH =
  "The Secretary welcomed the commitment to a lasting peace agreement. He raised points of concern in bilateral relations. They discussed deeper cooperation around the peace process and the next round of talks.";

test("a Russian readout quoting a longer English statement is written in Cyrillic, and writes no Latin of its own", () => {
  const text = `${RUSSIAN} Госдепартамент заявил: «${ENGLISH}»`;
  // The letters alone say Latin: that was the fault.
  expect(dominantScript(text)).toBe("Latn");
  expect(read(text)).toEqual({ script: "Cyrl", written: new Set(["Cyrl"]) });
  expect(read(text, "ru").script).toBe("Cyrl");
});

test("the tag wins a close vote, never a lopsided one", () => {
  // No quotation marks: the English passage votes, and Russian holds more than a third of the letters.
  const unmarked = `${RUSSIAN} Госдепартамент опубликовал заявление. ${ENGLISH}`;
  expect(read(unmarked).script).toBe("Latn");
  for (const tag of ["ru", "rus", "RU", "ru_RU"]) expect([tag, read(unmarked, tag).script]).toEqual([tag, "Cyrl"]);
  // An English page tagged Armenian or Russian is Latin: no Armenian letter, too few Cyrillic ones (tester 61 F9).
  expect(read(ENGLISH, "hy").script).toBe("Latn");
  expect(read(`${ENGLISH} Москва.`, "ru").script).toBe("Latn");
  // "und" and no tag declare nothing.
  expect(read(unmarked, "und").script).toBe("Latn");
  expect(read(unmarked, "").script).toBe("Latn");
});

test("a relay that frames a quotation with a line of its own speaks through the quotation", () => {
  expect(read(`The Kremlin said: «${RUSSIAN} ${RUSSIAN}»`).script).toBe("Cyrl");
});

test("an English readout with its names in Cyrillic writes Latin too (tester 62 F8), and a text without letters nothing", () => {
  const text = "Президент Александр Морроу-Величковский spoke with Президент Вениамин Валентинович Вален. They discussed Северный трубопровод.";
  expect(read(text)).toEqual({ script: "Cyrl", written: new Set(["Cyrl", "Latn"]) });
  expect(read("— 12, 14 —")).toEqual({ script: "", written: new Set() });
});

/** Words of one alphabet. */
const words = (letters: string) => fc.array(fc.array(fc.nat({ max: letters.length - 1 }).map((k) => letters[k]), { minLength: 2, maxLength: 9 }).map((w) => w.join("")), { minLength: 1, maxLength: 40 }).map((w) => w.join(" "));
const letterCount = (text: string) => (text.match(/\p{L}/gu) ?? []).length;
const LATIN = "abcdefghijklmnopqrstuvwxyz";
const CYRILLIC = "абвгдежзийклмнопрстуфхцчшщыэюя";

test("property: a quotation in another script never decides a text whose own words are a quarter of its letters or more", () => {
  fc.assert(
    fc.property(words(CYRILLIC), words(LATIN), fc.boolean(), (own, quotation, swap) => {
      const [mine, theirs, script] = swap ? [quotation, own, "Latn"] : [own, quotation, "Cyrl"];
      fc.pre(letterCount(mine) * 3 >= letterCount(theirs));
      const text = `${mine}: «${theirs}»`;
      expect(read(text)).toEqual({ script, written: new Set([script]) });
    }),
    { numRuns: 200 },
  );
});

test("property: the declared script wins from a third of the letters, and no tag is the plain letter vote", () => {
  fc.assert(
    fc.property(words(CYRILLIC), words(LATIN), (russian, english) => {
      const text = `${russian} ${english}`;
      const [cyrillic, latin] = [letterCount(russian), letterCount(english)];
      expect(read(text).script).toBe(cyrillic > latin ? "Cyrl" : latin > cyrillic ? "Latn" : "Cyrl");
      expect(read(text, "ru").script).toBe(cyrillic * 3 >= cyrillic + latin ? "Cyrl" : "Latn");
      expect(read(text, "en").script).toBe(latin * 3 >= cyrillic + latin ? "Latn" : "Cyrl");
    }),
    { numRuns: 200 },
  );
});
