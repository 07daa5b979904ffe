/** @jest-environment node */
import fc from "fast-check";
import { endsBeforeSpeaker } from "@/lib/compare/attribution-line-ends";
import { findQuotations } from "@/lib/compare/quotation-marks";
import { attributeQuotations } from "@/lib/compare/quotes/speakers";
import { splitSentences } from "@/lib/compare/segment";

// Session 18 (tester T5 #11, #13): an attribution wrapped right before its speaker's name ("“…,” said\nSecretary of
// State Antony Blinken.", "По словам\nПашиняна, «…»") was cut at the line's end, and the quotation lost its speaker.
// Own sentences about Blinken's late-November 2023 calls.

const speakersOf = (text: string, language: string) => attributeQuotations(text, findQuotations(text), null, language).map((found) => found?.name ?? null);
const sentencesOf = (text: string, language: string) => splitSentences(text, language).map(({ start, end }) => [start, end]);

describe("a line ending in an attribution that waits for its speaker goes on", () => {
  test.each([
    ["en", "“Peace is within reach,” said\nSecretary of State Antony Blinken.", "Antony Blinken"],
    ["en", "“Peace is within reach”, added\nSecretary Blinken.", "Blinken"],
    ["ru", "«Мир близок», — заявил\nАлиев.", "Алиев"],
    ["ru", "По словам\nПашиняна, «мир близок».", "Пашинян"],
    // Tester T6 #5: Armenian, with a hyphen-minus or an em dash.
    ["hy", "«Խաղաղությունը մոտ է», - ասել է\nՓաշինյանը։", "Փաշինյան"],
    ["hy", "«Խաղաղությունը մոտ է», — ասաց\nՓաշինյանը։", "Փաշինյան"],
  ])("%s: %j", (language, text, speaker) => {
    expect(splitSentences(text, language)).toHaveLength(1);
    expect(speakersOf(text, language)).toEqual([speaker]);
  });

  test("a verb of saying after no quotation, and a heading, still end their line", () => {
    expect(endsBeforeSpeaker("What Blinken Said", 17)).toBe(false);
    expect(endsBeforeSpeaker("Blinken said", 12)).toBe(false);
    expect(splitSentences("What Blinken Said\nThe Secretary spoke with Aliyev.", "en")).toHaveLength(2);
  });

  test("property: wrapped before the speaker or not, the same sentences and speakers", () => {
    const forms = fc.oneof(
      fc.tuple(fc.constant("en"), fc.constantFrom("said", "added", "stressed", "noted"), fc.constantFrom("Secretary Antony Blinken", "President Ilham Aliyev", "Prime Minister Nikol Pashinyan")).map(([language, verb, name]) => ({
        language,
        before: `“The talks were useful,” ${verb}`,
        after: `${name}.`,
      })),
      fc.tuple(fc.constant("ru"), fc.constantFrom("сказал", "заявил", "подчеркнул"), fc.constantFrom("Алиев", "Пашинян", "госсекретарь Блинкен")).map(([language, verb, name]) => ({
        language,
        before: `«Переговоры были полезными», — ${verb}`,
        after: `${name}.`,
      })),
      fc.tuple(fc.constant("ru"), fc.constantFrom("Алиева", "Пашиняна", "Блинкена")).map(([language, name]) => ({ language, before: "По словам", after: `${name}, «переговоры были полезными».` })),
    );
    fc.assert(
      fc.property(forms, fc.constantFrom("\n", "\r\n", "\u2028", " \n"), ({ language, before, after }, lineBreak) => {
        const oneLine = `${before} ${after}`;
        const wrapped = `${before}${lineBreak}${after}`;
        expect(speakersOf(wrapped, language)).toEqual(speakersOf(oneLine, language));
        expect(speakersOf(oneLine, language)[0]).not.toBeNull();
        expect(sentencesOf(wrapped, language)).toHaveLength(1);
      }),
      { numRuns: 120 },
    );
  });
});
