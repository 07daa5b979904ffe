/** @jest-environment node */
import fc from "fast-check";
import { diffVersions } from "@/lib/compare/versions";
import { NOT_FUNCTION_WORDS } from "@/lib/compare/versions/function-words";

/** Session 17, tester H4: properties over the kinds of hidden facts (a fact edit classed wording or typographic). */
const classes = (a: string, b: string, language = "en") => diffVersions(a, b, language).edits.map((edit) => [edit.class, edit.reason]);
const pick = <T>(items: readonly T[]) => fc.nat(items.length - 1).map((k) => items[k]);
const HIDDEN = new Set(["wording", "typographic"]);

/** Every vulgar fraction character of Unicode with its value as [numerator, denominator]. */
const FRACTIONS: [string, number, number][] = [
  ["¼", 1, 4], ["½", 1, 2], ["¾", 3, 4], ["⅐", 1, 7], ["⅑", 1, 9], ["⅒", 1, 10], ["⅓", 1, 3], ["⅔", 2, 3], ["⅕", 1, 5],
  ["⅖", 2, 5], ["⅗", 3, 5], ["⅘", 4, 5], ["⅙", 1, 6], ["⅚", 5, 6], ["⅛", 1, 8], ["⅜", 3, 8], ["⅝", 5, 8], ["⅞", 7, 8], ["↉", 0, 3],
];
const frame = (number: string) => `The talks lasted ${number} hours on Monday.`;

describe("vulgar fractions (#1)", () => {
  test("property: a vulgar fraction added after a number, dropped or swapped for another value is a number fact", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), pick(FRACTIONS), pick(FRACTIONS), fc.nat(2), (whole, [x, p, q], [y, r, s], kind) => {
        fc.pre(p * s !== r * q);
        const [before, after] = kind === 0 ? [`${whole}`, `${whole}${x}`] : kind === 1 ? [`${whole}${x}`, `${whole}`] : [`${whole}${x}`, `${whole}${y}`];
        expect([before, after, classes(frame(before), frame(after))]).toEqual([before, after, [["fact", "number"]]]);
      }),
      { numRuns: 300 },
    );
  });

  test("property: a mixed number with a fraction character, a fraction of digits or a terminating decimal is one value (notation)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), pick(FRACTIONS.filter(([, p]) => p > 0)), fc.boolean(), (whole, [x, p, q], decimalForm) => {
        const decimal = (whole + p / q).toString();
        // A decimal only where it ends (1/3 has none) in one or two places: "2.125" may group thousands (not read).
        const other = decimalForm && /^\d+\.\d{1,2}$/u.test(decimal) ? decimal : `${whole} ${p}/${q}`;
        const found = classes(frame(`${whole}${x}`), frame(other));
        expect([x, other, found.every(([cls, reason]) => cls === "wording" && reason === "notation")]).toEqual([x, other, true]);
      }),
      { numRuns: 200 },
    );
  });
});

/** Emoji to draw from: faces, hands, objects, symbols (Extended_Pictographic), and check marks and arrows. */
const PICTOGRAPHS = ["👍", "👎", "😀", "😢", "🤝", "✅", "❌", "⚠️", "🔥", "🕊️", "💣", "📞", "✓", "✗", "→", "←", "↑", "↓", "⭐", "☑️"];
const MODIFIABLE = ["👍", "👎", "🤝", "👋", "🙏", "👏"];
const SKIN_TONES = ["\u{1F3FB}", "\u{1F3FC}", "\u{1F3FD}", "\u{1F3FE}", "\u{1F3FF}"];
const regionalIndicator = (letter: number) => String.fromCodePoint(0x1f1e6 + letter);
const flagArbitrary = fc.tuple(fc.nat(25), fc.nat(25)).map(([x, y]) => regionalIndicator(x) + regionalIndicator(y));
const emojiFrame = (mark: string) => `The reply was ${mark} on Monday.`;

describe("pictographs and flags (#8)", () => {
  test("property: one pictograph swapped for another, added or dropped is never wording or typographic", () => {
    fc.assert(
      fc.property(pick(PICTOGRAPHS), pick(PICTOGRAPHS), fc.boolean(), (x, y, drop) => {
        fc.pre(x.replace(/\uFE0F/gu, "") !== y.replace(/\uFE0F/gu, ""));
        const [before, after] = drop ? [emojiFrame(x), "The reply was on Monday."] : [emojiFrame(x), emojiFrame(y)];
        const found = classes(before, after);
        expect([before, after, found.length > 0 && found.every(([cls]) => !HIDDEN.has(cls))]).toEqual([before, after, true]);
      }),
      { numRuns: 200 },
    );
  });

  test("property: a flag swapped for another or dropped is a place fact", () => {
    fc.assert(
      fc.property(flagArbitrary, flagArbitrary, fc.boolean(), (x, y, drop) => {
        fc.pre(x !== y);
        const after = drop ? "Talks resumed in on Monday." : `Talks resumed in ${y} on Monday.`;
        expect(classes(`Talks resumed in ${x} on Monday.`, after)).toEqual([["fact", "place"]]);
      }),
      { numRuns: 200 },
    );
  });

  test("property: the same emoji with another skin tone or variation selector is typographic", () => {
    fc.assert(
      fc.property(pick(MODIFIABLE), fc.option(pick(SKIN_TONES)), fc.option(pick(SKIN_TONES)), fc.boolean(), (emoji, x, y, selector) => {
        const [before, after] = [emoji + (x ?? ""), emoji + (y ?? "") + (selector ? "\uFE0F" : "")];
        fc.pre(before !== after);
        expect([before, after, classes(emojiFrame(before), emojiFrame(after))]).toEqual([before, after, [["typographic", "typography"]]]);
      }),
      { numRuns: 150 },
    );
  });
});

describe("function words that say something (#2–#7)", () => {
  test("property: a comparison or approximation added before an article used as the number one is a number fact (#4)", () => {
    const comparisons = ["under", "about", "over", "more than", "less than", "at least", "up to", "around", "roughly", "approximately", "almost", "nearly"];
    const counts = ["an hour", "a day", "a week", "a month", "a year", "a hundred observers", "a thousand tonnes", "half an hour", "a kilometre"];
    fc.assert(
      fc.property(pick(comparisons), pick(counts), (comparison, count) => {
        const found = classes(`The convoy covered ${count} on Monday.`, `The convoy covered ${comparison} ${count} on Monday.`);
        // "almost" and "nearly" were scope facts already; the others now read as the digits' comparisons.
        expect([comparison, count, found.length === 1 && found[0][0] === "fact"]).toEqual([comparison, count, true]);
      }),
      { numRuns: 150 },
    );
  });

  test("property: an article added, dropped or swapped before 'few', 'little', 'most' is a scope fact (#2)", () => {
    const frames: [string, (quantifier: string) => string][] = [
      ["few", (q) => `${q} detainees were freed on Monday.`],
      ["little", (q) => `The envoys said ${q} was achieved in Vienna.`],
      ["most", (q) => `The sides freed ${q} detainees in the spring.`],
    ];
    fc.assert(
      fc.property(pick(frames), pick(["", "a ", "the "]), pick(["", "a ", "the "]), ([quantifier, write], x, y) => {
        fc.pre(x !== y);
        const capital = (text: string) => text[0].toUpperCase() + text.slice(1);
        const [before, after] = [capital(write(x + quantifier)), capital(write(y + quantifier))];
        expect([before, after, classes(before, after)]).toEqual([before, after, [["fact", "scope"]]]);
      }),
      { numRuns: 100 },
    );
  });

  test("property: a stop word the classifier does not count as a function word, added or dropped alone, is never wording (#3, #5, #6)", () => {
    const frames: Record<string, (word: string) => string> = {
      en: (word) => `The ministers ${word} discussed the corridor on Monday.`,
      ru: (word) => `Министры ${word} обсудили коридор в понедельник.`,
      hy: (word) => `Նախարարները ${word} քննարկեցին միջանցքը երկուշաբթի։`,
    };
    const cases: [string, string][] = [];
    for (const [language, words] of NOT_FUNCTION_WORDS) for (const word of words) cases.push([language, word]);
    fc.assert(
      fc.property(pick(cases), fc.boolean(), ([language, word], drop) => {
        const write = frames[language];
        const [before, after] = drop ? [write(word), write("").replace("  ", " ")] : [write("").replace("  ", " "), write(word)];
        const found = classes(before, after, language);
        expect([word, found.length > 0 && found.every(([cls]) => !HIDDEN.has(cls))]).toEqual([word, true]);
      }),
      { numRuns: 200 },
    );
  });

  test("property: a frequency adverb added in English, Russian or Armenian is a scope fact (#6)", () => {
    const cases: [string, string, string][] = [
      ["en", "The ministers discussed the corridor.", "always sometimes often usually occasionally frequently regularly repeatedly constantly"],
      ["ru", "Министры обсуждали коридор.", "всегда иногда часто обычно постоянно регулярно неоднократно порой"],
      ["hy", "Նախարարները քննարկում էին միջանցքը։", "միշտ երբեմն հաճախ սովորաբար մշտապես պարբերաբար"],
    ];
    const inserted = cases.flatMap(([language, sentence, words]) => words.split(" ").map((word) => [language, sentence, word] as const));
    fc.assert(
      fc.property(pick(inserted), ([language, sentence, word]) => {
        const [subject, ...rest] = sentence.split(" ");
        const after = [subject, word, rest.join(" ")].join(" ");
        expect([word, classes(sentence, after, language)]).toEqual([word, [["fact", "scope"]]]);
      }),
      { numRuns: 100 },
    );
  });
});
