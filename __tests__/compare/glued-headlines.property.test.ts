/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import { gluedHeadlineEnd } from "@/lib/compare/glued-headlines";
import { splitSentences } from "@/lib/compare/segment";

interface Person {
  title: string;
  name: string;
  /** The person as a sentence names them at first mention. */
  full: string;
  /** "The …" as a sentence refers back to them. */
  the: string;
}

const PEOPLE: Person[] = [
  { title: "Secretary", name: "Blinken", full: "U.S. Secretary of State Antony Blinken", the: "The Secretary" },
  { title: "Prime Minister", name: "Pashinyan", full: "Armenian Prime Minister Nikol Pashinyan", the: "The Prime Minister" },
  { title: "President", name: "Aliyev", full: "Azerbaijani President Ilham Aliyev", the: "The President" },
  { title: "Foreign Minister", name: "Mirzoyan", full: "Armenian Foreign Minister Ararat Mirzoyan", the: "The Foreign Minister" },
];
const NOUNS = ["Call", "Phone Call", "Telephone Conversation", "Meeting"];
const VERBS = ["Speaks With", "Holds Call With", "Receives Phone Call From", "Discusses Peace Talks With"];
const BODY_VERBS = ["spoke today with", "discussed the peace process with", "held a phone call with", "welcomed the talks with"];
const LATER = ["", " They agreed to stay in touch.", " The sides discussed the displaced people of Nagorno-Karabakh."];

const twoPeople = fc
  .tuple(fc.integer({ min: 0, max: PEOPLE.length - 1 }), fc.integer({ min: 1, max: PEOPLE.length - 1 }))
  .map(([a, shift]) => [PEOPLE[a], PEOPLE[(a + shift) % PEOPLE.length]] as const);

// A headline in title case (Chicago style keeps "with" and "of" in lower case, AP capitalises "With").
const headlineArb = fc.tuple(twoPeople, fc.constantFrom(...NOUNS), fc.constantFrom(...VERBS), fc.constantFrom("with", "With"), fc.integer({ min: 0, max: 2 })).map(([[a, b], noun, verb, withWord, shape]) => ({
  a,
  b,
  headline: [`${a.title} ${a.name}'s ${noun} ${withWord} ${b.title} ${b.name}`, `Readout of ${a.title} ${a.name}'s ${noun} ${withWord} ${b.title} ${b.name}`, `${a.title} ${a.name} ${verb} ${b.title} ${b.name}`][shape],
}));

const cut = (text: string) => splitSentences(text, "en").map(({ start, end }) => text.slice(start, end));

describe("a headline glued to the first sentence of its line", () => {
  it("is cut from the sentence when the sentence repeats the headline's subject or opens as a sentence does", () => {
    fc.assert(
      fc.property(
        headlineArb,
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(...BODY_VERBS),
        fc.constantFrom(...LATER),
        fc.constantFrom("", "Earlier text.\n"),
        ({ a, b, headline }, opening, verb, later, before) => {
          const subject = [`${a.title} ${a.name}`, a.full, a.the, "He"][opening];
          const sentence = `${subject} ${verb} ${b.title} ${b.name}.`;
          const text = `${before}${headline} ${sentence}${later}`;
          const expected = [...(before ? ["Earlier text."] : []), headline, sentence, ...(later ? [later.trim()] : [])];
          expect(cut(text)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reproduces the testers' case and the same in capitals", () => {
    // Before the fix: one sentence, headline and all.
    expect(cut("Secretary Blinken's Call with Armenian Prime Minister Pashinyan Secretary Blinken spoke today with Armenian Prime Minister Nikol Pashinyan. The Secretary welcomed the talks.")).toEqual([
      "Secretary Blinken's Call with Armenian Prime Minister Pashinyan",
      "Secretary Blinken spoke today with Armenian Prime Minister Nikol Pashinyan.",
      "The Secretary welcomed the talks.",
    ]);
    expect(cut("BLINKEN AND PASHINYAN DISCUSS PEACE TALKS Secretary Blinken spoke with the Prime Minister about the peace talks.")).toEqual([
      "BLINKEN AND PASHINYAN DISCUSS PEACE TALKS",
      "Secretary Blinken spoke with the Prime Minister about the peace talks.",
    ]);
    expect(cut("Statement on My Call with Prime Minister Pashinyan I spoke today with Prime Minister Pashinyan.")).toEqual([
      "Statement on My Call with Prime Minister Pashinyan",
      "I spoke today with Prime Minister Pashinyan.",
    ]);
    const russian = "ТЕЛЕФОННЫЙ РАЗГОВОР ПАШИНЯНА И БЛИНКЕНА Премьер-министр Никол Пашинян провел телефонный разговор с госсекретарем США.";
    expect(splitSentences(russian, "ru").map(({ start, end }) => russian.slice(start, end))).toEqual([
      "ТЕЛЕФОННЫЙ РАЗГОВОР ПАШИНЯНА И БЛИНКЕНА",
      "Премьер-министр Никол Пашинян провел телефонный разговор с госсекретарем США.",
    ]);
  });

  it("never cuts an ordinary sentence that opens with names and titles", () => {
    const ordinary = fc.tuple(twoPeople, fc.constantFrom(...BODY_VERBS), fc.constantFrom(...NOUNS), fc.integer({ min: 0, max: 5 })).map(([[a, b], verb, noun, shape]) =>
      [
        `${a.title} ${a.name} and ${b.title} ${b.name} discussed the peace process.`,
        `${a.full} ${verb} ${b.full}.`,
        `${a.full} and ${b.full} ${verb} each other.`,
        `${a.title} ${a.name}'s ${noun} with ${b.title} ${b.name} lasted an hour.`,
        `${b.title} ${b.name} and ${a.title} ${a.name} and ${b.title} ${b.name}'s advisers met in Washington.`,
        `${a.title} ${a.name} ${b.title} ${b.name} ${verb} the press.`,
      ][shape],
    );
    fc.assert(
      fc.property(ordinary, fc.constantFrom("", "Earlier text.\n"), (sentence, before) => {
        const text = `${before}${sentence}`;
        expect(cut(text)).toEqual([...(before ? ["Earlier text."] : []), sentence]);
        expect(gluedHeadlineEnd(text, before.length, text.length)).toBe(-1);
      }),
      { numRuns: 300 },
    );
  });

  it("leaves alone what it cannot tell: datelines, acronyms, a quotation in capitals, a headline without a repeated subject, one inside a line", () => {
    const whole = [
      "WASHINGTON, DC — U.S. Secretary of State Antony Blinken telephoned the leaders of Armenia and Azerbaijan.",
      "YEREVAN, ARMENIA — NOV 27 Prime Minister Nikol Pashinyan spoke with the Secretary.",
      "EU OSCE UN Officials met in Vienna to discuss the peace process.",
      "WE WILL NOT GIVE UP, Aliyev said on Monday.",
      // No title before the repeated name, and no sentence opener: the end of the headline cannot be told.
      "Blinken Speaks With Pashinyan Blinken thanked the Prime Minister.",
    ];
    for (const text of whole) expect(cut(text)).toEqual([text]);
    // A headline after another sentence on its line is no headline: left whole.
    expect(cut("The call took place on Monday. Secretary Blinken's Call with Prime Minister Pashinyan Secretary Blinken spoke today.")).toEqual([
      "The call took place on Monday.",
      "Secretary Blinken's Call with Prime Minister Pashinyan Secretary Blinken spoke today.",
    ]);
  });

  it("gives the rows a headline on its own line gives", () => {
    const body =
      "Secretary Blinken spoke today with Armenian Prime Minister Nikol Pashinyan about the peace process with Azerbaijan. The Secretary welcomed steps toward a durable peace agreement.";
    const headline = "Secretary Blinken's Call with Armenian Prime Minister Pashinyan";
    const other = { id: "am", label: "AM", party: "am", text: "Prime Minister Nikol Pashinyan had a phone conversation with Secretary of State Antony Blinken. They discussed the peace process between Armenia and Azerbaijan." };
    const rows = (text: string) => compare([{ id: "us", label: "US", text }, other]).rows.map((row) => row.cells.map((cell) => cell.text));
    expect(rows(`${headline} ${body}`)).toEqual(rows(`${headline}\n${body}`));
  });
});
