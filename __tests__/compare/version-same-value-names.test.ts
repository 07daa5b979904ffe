/**
 * Tester T3's false facts in version diffs (session 17, helper H11): the same value or the same person written
 * another way was classed a fact. Exact classes and reasons through diffVersions, with the counter-examples that
 * stay facts; properties over numbers in words with scale words, dates in other orders and ordinal forms, and names
 * in other romanisations.
 */
import fc from "fast-check";
import { diffVersions } from "../../lib/compare/versions";
import { romanisationKey } from "../../lib/compare/versions/transliteration";
import { spelledNumbers } from "../../lib/compare/versions/number-words";

const edits = (a: string, b: string, language = "en") => diffVersions(a, b, language).edits.map((edit) => [edit.before, edit.after, edit.class, edit.reason]);
const classes = (a: string, b: string, language = "en") => diffVersions(a, b, language).edits.map((edit) => `${edit.class}/${edit.reason}`);

describe("T3 #15: a name in another romanisation is one name (transliteration.ts), another name a fact", () => {
  test("the tester's pairs, one rule", () => {
    expect(edits("Blinken spoke with Prime Minister Pashinyan on Monday.", "Blinken spoke with Prime Minister Pashinian on Monday.")).toEqual([["Pashinyan", "Pashinian", "wording", "notation"]]);
    expect(edits("Blinken spoke with President Aliyev on Monday.", "Blinken spoke with President Aliev on Monday.")).toEqual([["Aliyev", "Aliev", "wording", "notation"]]);
    expect(edits("The talks were held in Yerevan on Monday.", "The talks were held in Erevan on Monday.")).toEqual([["Yerevan", "Erevan", "wording", "notation"]]);
    expect(edits("The conflict over Nagorno-Karabakh was discussed.", "The conflict over Nagorny Karabakh was discussed.")).toEqual([["Nagorno-Karabakh", "Nagorny Karabakh", "wording", "notation"]]);
    expect(edits("He met Zelenskyy in Kyiv.", "He met Zelensky in Kyiv.")).toEqual([["Zelenskyy", "Zelensky", "wording", "notation"]]);
    expect(edits("The road to Nakhichevan was discussed.", "The road to Nakhchivan was discussed.")).toEqual([["Nakhichevan", "Nakhchivan", "wording", "notation"]]);
  });
  test("another name stays a fact", () => {
    expect(edits("Blinken spoke with Prime Minister Pashinyan on Monday.", "Blinken spoke with Prime Minister Pashkov on Monday.")).toEqual([["Pashinyan", "Pashkov", "fact", "name"]]);
    expect(edits("Blinken spoke with President Aliyev on Monday.", "Blinken spoke with President Aliyeva on Monday.")).toEqual([["Aliyev", "Aliyeva", "fact", "name"]]);
    // "sh" is never "s": another name.
    expect(edits("Blinken spoke with Prime Minister Pashinyan on Monday.", "Blinken spoke with Prime Minister Pasinyan on Monday.")).toEqual([["Pashinyan", "Pasinyan", "fact", "name"]]);
    // A short name holds too few letters to tell a romanisation from another name ("Yan" and "Ian" are two).
    expect(classes("The envoy met Yan Novak in Prague.", "The envoy met Ian Novak in Prague.")).toEqual(["fact/name"]);
  });
  test("property: a name romanised by BGN/PCGN and by ALA-LC or ISO 9 has one key; a consonant changed does not", () => {
    const stems = fc.stringMatching(/^[bdgkmnprstvz][aeiou][bdgkmnprstvz]{1,2}[aeiou]?[bdgkmnprstvz]?$/u);
    const endings: [string, string][] = [["yan", "ian"], ["yan", "jan"], ["iyev", "iev"], ["iyeva", "ieva"], ["oyev", "oev"], ["skyy", "sky"], ["skiy", "sky"], ["yuk", "iuk"]];
    fc.assert(
      fc.property(stems, fc.constantFrom(...endings), (stem, [bgn, other]) => {
        const name = (end: string) => stem[0].toUpperCase() + stem.slice(1) + end;
        expect(classes(`The envoy met ${name(bgn)} in the capital.`, `The envoy met ${name(other)} in the capital.`)).toEqual(["wording/notation"]);
        expect(romanisationKey(name(bgn))).toBe(romanisationKey(name(other)));
      }),
      { numRuns: 60 },
    );
    fc.assert(
      fc.property(stems, fc.constantFrom("b", "d", "g", "k", "m"), (stem, consonant) => {
        const changed = stem.replace(/^[a-z]/u, (first) => (first === consonant ? "l" : consonant));
        expect(romanisationKey(stem + "yan")).not.toBe(romanisationKey(changed + "yan"));
      }),
      { numRuns: 60 },
    );
  });
});

describe("T3 #13: a person named another way is notation or unclassified, never a fact (name-forms.ts)", () => {
  test("the tester's examples", () => {
    expect(edits("Blinken spoke with President Aliyev.", "Mr. Blinken spoke with President Aliyev.")).toEqual([["", "Mr. ", "wording", "notation"]]);
    expect(edits("Secretary Blinken spoke with President Aliyev.", "Secretary Antony Blinken spoke with President Aliyev.")).toEqual([["", "Antony ", "unclassified", "unknown"]]);
    expect(edits("Secretary Blinken spoke with Aliyev. The Secretary urged restraint.", "Secretary Blinken spoke with Aliyev. Blinken urged restraint.")).toEqual([["The Secretary", "Blinken", "unclassified", "unknown"]]);
    expect(edits("Государственный секретарь Блинкен провёл разговор с Алиевым.", "Госсекретарь Блинкен провёл разговор с Алиевым.", "ru")).toEqual([["Государственный секретарь", "Госсекретарь", "wording", "notation"]]);
  });
  test("another given name, another title, a modifier stay facts", () => {
    expect(edits("Blinken spoke with Ilham Aliyev.", "Blinken spoke with Heydar Aliyev.")).toEqual([["Ilham", "Heydar", "fact", "name"]]);
    expect(classes("Blinken spoke with Deputy Minister Kopyrkin.", "Blinken spoke with First Deputy Minister Kopyrkin.").map((verdict) => verdict.split("/")[0])).toEqual(["fact"]);
    expect(classes("Blinken spoke with Minister Kopyrkin.", "Blinken spoke with Senior Minister Kopyrkin.").map((verdict) => verdict.split("/")[0])).toEqual(["fact"]);
    expect(classes("Blinken spoke with Minister Kopyrkin.", "Blinken spoke with Former Minister Kopyrkin.")).toEqual(["fact/title"]);
    // Another Russian title opening a sentence: never notation (unclassified, as before).
    expect(classes("Генеральный секретарь прибыл в Ереван.", "Государственный секретарь прибыл в Ереван.", "ru")).toEqual(["unclassified/unknown"]);
  });
});

describe("T3 #10: a number in words with its scale words is the same value (number-words.ts)", () => {
  test("the tester's examples, English, Russian, Armenian", () => {
    expect(edits("The fund holds 100,000 dollars for refugees.", "The fund holds one hundred thousand dollars for refugees.")).toEqual([["100,000", "one hundred thousand", "wording", "notation"]]);
    expect(edits("The fund holds 100,000 dollars for refugees.", "The fund holds a hundred thousand dollars for refugees.")).toEqual([["100,000", "a hundred thousand", "wording", "notation"]]);
    expect(edits("Фонд выделил помощь для 100 тысяч беженцев.", "Фонд выделил помощь для ста тысяч беженцев.", "ru")).toEqual([["100", "ста", "wording", "notation"]]);
    expect(edits("Հիմնադրամը 100 հազար փախստականի օգնեց։", "Հիմնադրամը հարյուր հազար փախստականի օգնեց։", "hy")).toEqual([["100", "հարյուր", "wording", "notation"]]);
  });
  test("another value stays a fact", () => {
    expect(edits("The fund holds 100,000 dollars for refugees.", "The fund holds two hundred thousand dollars for refugees.")).toEqual([["100,000", "two hundred thousand", "fact", "number"]]);
    expect(classes("Фонд выделил помощь для 100 тысяч беженцев.", "Фонд выделил помощь для двухсот тысяч беженцев.", "ru")).toEqual(["fact/number"]);
  });
  test("property: any number below a million in English words, with scale words, is its digits (notation); one more is a fact", () => {
    const UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
    const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    const below100 = (n: number) => (n < 20 ? UNITS[n] : TENS[Math.floor(n / 10)] + (n % 10 ? `-${UNITS[n % 10]}` : ""));
    const below1000 = (n: number) => [n >= 100 ? `${UNITS[Math.floor(n / 100)]} hundred` : "", n % 100 ? below100(n % 100) : ""].filter(Boolean).join(" ");
    const words = (n: number) => [n >= 1000 ? `${below1000(Math.floor(n / 1000))} thousand` : "", n % 1000 ? below1000(n % 1000) : ""].filter(Boolean).join(" ");
    fc.assert(
      fc.property(fc.integer({ min: 21, max: 999_999 }), (n) => {
        expect(spelledNumbers(words(n)).map((found) => found.value)).toEqual([n]);
        const digits = n.toLocaleString("en-US");
        expect(classes(`The agency counted ${digits} ballots in the region.`, `The agency counted ${words(n)} ballots in the region.`)).toEqual(["wording/notation"]);
        expect(classes(`The agency counted ${(n + 1).toLocaleString("en-US")} ballots in the region.`, `The agency counted ${words(n)} ballots in the region.`)).toEqual(["fact/number"]);
      }),
      { numRuns: 80 },
    );
  });
});

describe("T3 #11: a date written another way is notation (date-order.ts)", () => {
  test("the tester's examples", () => {
    expect(edits("They spoke on November 20 about the talks.", "They spoke on November 20th about the talks.")).toEqual([["20", "20th", "wording", "notation"]]);
    expect(classes("They met on September 19-20 in Geneva.", "They met on 19 and 20 September in Geneva.")).toEqual(["wording/notation", "wording/notation"]);
    expect(classes("They will meet on December 5-7 in Geneva.", "They will meet on 5 to 7 December in Geneva.")).toEqual(["wording/notation", "wording/notation"]);
    expect(edits("Они говорили 20 ноября о переговорах.", "Они говорили двадцатое ноября о переговорах.", "ru")).toEqual([["20", "двадцатое", "wording", "notation"]]);
  });
  test("another date stays a fact", () => {
    expect(classes("They met on September 19-20 in Geneva.", "They met on 19 and 21 September in Geneva.")).toEqual(["fact/number", "fact/number"]);
    expect(classes("They spoke on November 20 about the talks.", "They spoke on November 21st about the talks.")).toEqual(["fact/number"]);
    expect(classes("Они говорили 20 ноября о переговорах.", "Они говорили двадцать первого ноября о переговорах.", "ru")).not.toContain("wording/notation");
    // An all-numeric date read day-first and month-first stays a fact (tester 37).
    expect(classes("The talks were held on 12 March 2024 in Baku.", "The talks were held on 12.03.2024 in Baku.")).toEqual(["fact/date"]);
  });
  test("property: any day and month in two orders, with or without an ordinal's letters, or a range of two days as 'D and D+1', is notation", () => {
    const MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December"];
    const suffix = (day: number) => (day % 10 === 1 && day !== 11 ? "st" : day % 10 === 2 && day !== 12 ? "nd" : day % 10 === 3 && day !== 13 ? "rd" : "th");
    fc.assert(
      fc.property(fc.constantFrom(...MONTHS), fc.integer({ min: 1, max: 27 }), fc.boolean(), fc.boolean(), (month, day, ordinal, range) => {
        const before = range ? `The envoys met on ${month} ${day}-${day + 1} in Vienna.` : `The envoys met on ${month} ${day} in Vienna.`;
        const written = `${day}${ordinal ? suffix(day) : ""}`;
        const after = range ? `The envoys met on ${written} and ${day + 1} ${month} in Vienna.` : ordinal ? `The envoys met on ${month} ${written} in Vienna.` : `The envoys met on ${day} ${month} in Vienna.`;
        const found = classes(before, after);
        expect(found.length).toBeGreaterThan(0);
        expect(found.every((verdict) => verdict === "wording/notation")).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe("session 18, tester T5: what must stay a fact", () => {
  test("#1: numbers that trade places in a sentence with a date", () => {
    expect(classes("On November 20 Armenia freed 32 soldiers and Azerbaijan freed 2 soldiers.", "On November 20 Armenia freed 2 soldiers and Azerbaijan freed 32 soldiers.")).toEqual(["fact/number", "fact/number"]);
    expect(classes("20 ноября Алиев освободил 32 солдата, а Пашинян 2 солдата.", "20 ноября Алиев освободил 2 солдата, а Пашинян 32 солдата.", "ru").every((verdict) => verdict.startsWith("fact/"))).toBe(true);
    // The date in another order is still notation.
    expect(classes("They met on March 12 in Geneva.", "They met on 12 March in Geneva.")).toEqual(["wording/notation", "wording/notation"]);
  });
  test("#2: a scale word after a scale word multiplies, a larger one only", () => {
    expect(spelledNumbers("one thousand million").map((found) => found.value)).toEqual([1e9]);
    expect(classes("The fund holds 1,001,000 dollars.", "The fund holds one thousand million dollars.")).toEqual(["fact/number"]);
    expect(classes("The fund holds 1,000,000,000 dollars.", "The fund holds one thousand million dollars.")).toEqual(["wording/notation"]);
  });
  test("#4: й after a vowel written 'y' or 'i' is one name", () => {
    expect(classes("The envoy met Ayvazyan in Yerevan.", "The envoy met Aivazian in Yerevan.")).toEqual(["wording/notation"]);
    expect(classes("The envoy met Sergey Lavrov in Moscow.", "The envoy met Sergei Lavrov in Moscow.")).toEqual(["wording/notation"]);
    expect(classes("The envoy met Ayvazyan in Yerevan.", "The envoy met Avazian in Yerevan.")).toEqual(["fact/name"]);
  });
  test("#3: a woman's honorific added may name another person: unclassified", () => {
    expect(edits("Blinken spoke with Aliyev on Monday.", "Blinken spoke with Mrs. Aliyev on Monday.")).toEqual([["", "Mrs. ", "unclassified", "unknown"]]);
    expect(edits("Blinken spoke with Aliyev on Monday.", "Blinken spoke with Mr. Aliyev on Monday.")).toEqual([["", "Mr. ", "wording", "notation"]]);
  });
});

describe("session 18, tester T6 #1: a time of day beside a date is part of its value", () => {
  test("another time stays a fact, the same time written another way is notation", () => {
    expect(classes("Blinken spoke with Aliyev at 15:00 on November 20.", "Blinken spoke with Aliyev at 16:00 on November 20.")).toEqual(["fact/number"]);
    expect(classes("Blinken spoke with Aliyev on November 20 at 3 pm.", "Blinken spoke with Aliyev on November 20 at 4 pm.")).toEqual(["fact/number"]);
    expect(classes("Blinken spoke with Aliyev at noon on November 20.", "Blinken spoke with Aliyev at midnight on November 20.")).toEqual(["fact/date"]);
    expect(classes("Блинкен говорил с Алиевым 20 ноября в 15:00.", "Блинкен говорил с Алиевым 20 ноября в 17:00.", "ru")).toEqual(["fact/number"]);
    expect(classes("Blinken spoke with Aliyev at 15:00 on November 20.", "Blinken spoke with Aliyev at 3 p.m. on November 20.")).toEqual(["wording/notation"]);
  });
});
