/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import type { StatementInput } from "@/lib/compare/types";
import { diffVersions } from "@/lib/compare/versions";
import { editLanguage, versionLanguage } from "@/lib/compare/versions/version-language";

// Versions whose letters are in a script their tag does not write (tester 71 F11): two Russian versions with no tag
// (which compare() and diffVersions read as "en") or tagged "en" had "Стороны согласовали" → "Стороны не согласовали"
// unclassified, though tagged "ru" it is a fact, "negation": the version rules read only the tag. They now read the
// language of the letters, as the comparison reads each word (lib/compare/reading-language.ts). Texts are written for
// this file; the facts are those of Blinken's late-November 2023 calls.

const RU = "Стороны согласовали новую дату переговоров в Вашингтоне.";
const RU_NOT = "Стороны не согласовали новую дату переговоров в Вашингтоне.";
const HY = "Կողմերը համաձայնել են նոր ամսաթվի շուրջ։";
const HY_NOT = "Կողմերը չեն համաձայնել նոր ամսաթվի շուրջ։";

const classesOf = (a: string, b: string, language?: string) =>
  (language === undefined ? diffVersions(a, b) : diffVersions(a, b, language)).edits.map((edit) => [edit.before, edit.after, edit.class, edit.reason]);

describe("tester 71 F11: the version rules read the letters' language", () => {
  test("diffVersions: Russian versions untagged, tagged 'en' or 'ru' (old code: unclassified without 'ru')", () => {
    for (const tag of [undefined, "en", "EN", "eng", "en-US", "ru"]) expect([tag, classesOf(RU, RU_NOT, tag)]).toEqual([tag, [["", "не ", "fact", "negation"]]]);
  });

  test("diffVersions: Armenian 'չեն' untagged or tagged 'en' is a negation, the 'են' it replaces a function word (old code: both unclassified)", () => {
    for (const tag of [undefined, "en", "hy"])
      expect([tag, classesOf(HY, HY_NOT, tag)]).toEqual([
        tag,
        [
          ["", "չեն ", "fact", "negation"],
          ["են ", "", "wording", "function-word"],
        ],
      ]);
  });

  test("compare(): the versions of two Russian readouts submitted without a tag or as 'en' (old code: unclassified)", () => {
    const body = "Госсекретарь США Блинкен провёл телефонный разговор с президентом Азербайджана Алиевым. Блинкен отметил вызывающие обеспокоенность моменты в двусторонних отношениях. ";
    for (const language of [undefined, "en", "ru"]) {
      const statements: StatementInput[] = [
        { id: "A", label: "A", text: body + RU, ...(language ? { language } : {}) },
        { id: "B", label: "B", text: body + RU_NOT, ...(language ? { language } : {}) },
      ];
      const versions = compare(statements).versions;
      expect(versions).toHaveLength(1);
      expect([language, versions[0].edits!.map((edit) => [edit.before, edit.after, edit.class, edit.reason])]).toEqual([language, [["", "не ", "fact", "negation"]]]);
    }
  });

  test("an edit wholly in another script is read in that script's language: a Russian quotation in an English readout", () => {
    const quoting = (said: string) => `The Azerbaijani readout said: «${said}» Blinken also noted recent points of concern.`;
    expect(classesOf(quoting(RU), quoting(RU_NOT), "en")).toEqual([["", "не ", "fact", "negation"]]);
  });
});

describe("versionLanguage and editLanguage", () => {
  test("the tag, unless both versions are written in another script", () => {
    expect(versionLanguage(RU, RU_NOT, "en")).toBe("ru");
    expect(versionLanguage(HY, HY_NOT, "en")).toBe("hy");
    expect(versionLanguage(RU, RU_NOT, "ru-RU")).toBe("ru-RU");
    expect(versionLanguage("The sides agreed on a new date.", "The sides did not agree on a new date.", "ru")).toBe("en");
    // Versions in two scripts are no near-copies: the tag stays.
    expect(versionLanguage(RU, HY, "en")).toBe("en");
    // Languages written in Latin and Cyrillic both, a tag declaring no script, a text without letters: the tag stays.
    expect(versionLanguage("Strane su se dogovorile.", "Strane se nisu dogovorile.", "sr")).toBe("sr");
    expect(versionLanguage("Стране су се договориле.", "Стране се нису договориле.", "sr")).toBe("sr");
    expect(versionLanguage(RU, RU_NOT, "und")).toBe("und");
    expect(versionLanguage("2023 — 2024", "2023 — 2025", "en")).toBe("en");
    // A Russian readout quoting an English statement at length is still read as Russian when tagged so.
    expect(versionLanguage(`${RU} «The Secretary welcomed the commitment.»`, `${RU_NOT} «The Secretary welcomed the commitment.»`, "ru")).toBe("ru");
  });

  test("an edit's letters all in one other script: that script's language; mixed scripts or a digit: the diff's", () => {
    expect(editLanguage("", "не ", "en")).toBe("ru");
    expect(editLanguage("", "չեն ", "en")).toBe("hy");
    expect(editLanguage("OSCE", "EU", "ru")).toBe("en");
    expect(editLanguage("not ", "", "en")).toBe("en");
    expect(editLanguage("20 ноября", "21 ноября", "en")).toBe("en");
    expect(editLanguage("Алиев", "Aliyev", "en")).toBe("en");
  });
});

/** Russian sentences written for this file, each with the verb a negation goes before. */
const RUSSIAN: [string, string][] = [
  ["Стороны обсудили мирный процесс между Арменией и Азербайджаном.", "обсудили"],
  ["Министры встретятся в Вашингтоне двадцатого ноября.", "встретятся"],
  ["Госсекретарь поддержал усилия обеих сторон.", "поддержал"],
  ["Президент принял приглашение посетить Баку в декабре.", "принял"],
];

test("property: a negation added to Russian versions is a fact under any tag that writes no Cyrillic, or 'ru' itself", () => {
  fc.assert(
    fc.property(fc.subarray(RUSSIAN, { minLength: 1 }), fc.nat(), fc.constantFrom(undefined, "en", "EN", "eng", "en-GB", "fr", "de", "ru", "rus"), (sentences, pick, tag) => {
      const [sentence, verb] = sentences[pick % sentences.length];
      const text = sentences.map(([s]) => s).join(" ");
      const negated = text.replace(sentence, sentence.replace(verb, `не ${verb}`));
      expect(classesOf(text, negated, tag)).toEqual([["", "не ", "fact", "negation"]]);
    }),
    { numRuns: 60, seed: 71 },
  );
});
