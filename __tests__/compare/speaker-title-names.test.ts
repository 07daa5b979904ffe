/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import { findQuotations } from "@/lib/compare/quotation-marks";
import { nameAfterTitle } from "@/lib/compare/quotes/descriptions";
import { attributeQuotations, speakerFieldName } from "@/lib/compare/quotes/speakers";
import type { StatementInput } from "@/lib/compare/types";
import { speakersOf } from "../helpers/quotation-speakers";

// Session 17, helper H1: a speaker's name is the person's name only, never with the title words the text writes before
// it ("State Antony Blinken", "Spokeswoman Jane Doe"); a title, a comma and a name ("the President of Azerbaijan, Ilham
// Aliyev") introduces that person for a description; and the person a verb of saying is addressed to ("told Blinken",
// "Blinken was told") is not its speaker. Every text is written for these tests, about Blinken's late-November 2023
// calls with Pashinyan and Aliyev; "Jane Doe" is an invented spokeswoman.

const withReporter = (text: string) =>
  attributeQuotations(text, findQuotations(text)).map((found) => (found ? `${found.name}/${found.basis}/${found.reportedBy ?? "-"}` : null));

const statement = (id: string, text: string, extra: Partial<StatementInput> = {}): StatementInput => ({ id, label: id, text, party: id, ...extra });

describe("a name read by the name pattern keeps no title words", () => {
  test("every pattern that turns a capitalised phrase into a speaker's name", () => {
    // A named subject for a pronoun ("they": no gender to agree with).
    expect(speakersOf("Secretary of State Antony Blinken spoke with Aliyev. “Peace is within reach,” they said.")).toEqual(["Antony Blinken/pronoun"]);
    // After the quotation, name then verb and verb then name.
    expect(speakersOf("“Peace is within reach,” Secretary of State Antony Blinken said.")).toEqual(["Antony Blinken/said_after"]);
    expect(speakersOf("“Peace is within reach,” Secretary Antony Blinken said.")).toEqual(["Antony Blinken/said_after"]);
    expect(speakersOf("“Peace is within reach,” said Foreign Minister Jeyhun Bayramov.")).toEqual(["Jeyhun Bayramov/said_after"]);
    expect(speakersOf("“Peace is within reach,” said Minister of Foreign Affairs Jeyhun Bayramov.")).toEqual(["Jeyhun Bayramov/said_after"]);
    expect(speakersOf("“Peace is within reach,” Assistant to the President Hikmet Hajiyev said.")).toEqual(["Hikmet Hajiyev/said_after"]);
    // Before the quotation.
    expect(speakersOf("U.S. Secretary of State Antony Blinken said: “Peace is within reach.”")).toEqual(["Antony Blinken/said_before"]);
    expect(speakersOf("Mr. Blinken said the treaty was “within reach.”")).toEqual(["Blinken/said_before"]);
    // According to.
    expect(speakersOf("According to Secretary of State Antony Blinken, “peace is within reach.”")).toEqual(["Antony Blinken/according_to"]);
    expect(speakersOf("“Peace is within reach,” according to Secretary of State Antony Blinken.")).toEqual(["Antony Blinken/according_to"]);
    // A common noun's phrase stays whole: "media" is no name.
    expect(speakersOf("“The ban is unfounded,” according to Azerbaijani media.")).toEqual(["Azerbaijani media/according_to"]);
  });

  test("the reporting party is named without its title too", () => {
    expect(withReporter("Secretary Blinken noted that “peace is within reach,” State Department Spokesman Matthew Miller said.")).toEqual(["Blinken/said_before/Matthew Miller"]);
    expect(withReporter("State Department Spokesman Matthew Miller said Secretary Blinken noted that “peace is within reach.”")).toEqual(["Blinken/said_before/Matthew Miller"]);
  });

  test("the speaker field's name, and a body's name, stay what they are", () => {
    expect(speakerFieldName("Secretary of State Antony Blinken")).toBe("Antony Blinken");
    expect(speakerFieldName("Jane Doe, spokeswoman")).toBe("Jane Doe");
    expect(speakersOf("“Peace is within reach,” the State Department said.")).toEqual(["State Department/said_after"]);
    expect(speakersOf("Blinken spoke with Aliyev. “Peace is within reach.”", "en", "Secretary of State Antony Blinken")).toEqual(["Antony Blinken/statement_speaker"]);
  });

  test("a name without a title, and a place that is a given name, are kept whole", () => {
    expect(nameAfterTitle("Antony Blinken")).toBe("Antony Blinken");
    expect(nameAfterTitle("Lt. Col. A. B. Quist")).toBe("A. B. Quist");
    expect(nameAfterTitle("Madam Jane Doe")).toBe("Jane Doe");
    expect(nameAfterTitle("Chad Smith")).toBe("Chad Smith");
    expect(nameAfterTitle("Secretary of State")).toBeNull();
  });

  test("property: whatever title stands before a name, in whatever pattern, the speaker is the name", () => {
    const titles = ["Secretary of State", "U.S. Secretary of State", "State Department Spokesman", "Spokeswoman", "Foreign Minister", "Azerbaijani Foreign Minister", "Minister of Foreign Affairs", "Assistant to the President", "Mr.", "Ms.", "Dr.", "Lt. Col.", "Deputy Prime Minister", "Ambassador"];
    const names = ["Antony Blinken", "Jane Doe", "Jeyhun Bayramov", "Hikmet Hajiyev", "Nikol Pashinyan"];
    const patterns: ((person: string) => [string, string])[] = [
      (person) => [`“The talks go on,” ${person} said.`, "said_after"],
      (person) => [`“The talks go on,” said ${person}.`, "said_after"],
      (person) => [`${person} said: “The talks go on.”`, "said_before"],
      (person) => [`According to ${person}, “the talks go on.”`, "according_to"],
      (person) => [`${person} spoke with Blinken on Tuesday. “The talks go on,” they said.`, "pronoun"],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...titles), fc.constantFrom(...names), fc.constantFrom(...patterns), (title, name, pattern) => {
        const [text, basis] = pattern(`${title} ${name}`);
        expect(speakersOf(text)).toEqual([`${name}/${basis}`]);
      }),
      { numRuns: 200 },
    );
  });

  test("compare(): a titled speaker is matched to the statement of the person (same given names)", () => {
    const us = statement("us", "Secretary Blinken spoke with President Aliyev. Peace is within reach, and it must not slip away.", { speaker: "Antony Blinken", language: "en" });
    const az = statement("az", "President Ilham Aliyev spoke with Secretary Blinken. Baku is ready to sign the peace treaty.", { speaker: "Ilham Aliyev", language: "en" });
    const report = statement("news", "“Peace is within reach, and it must not slip away,” Secretary Antony Blinken said.", { role: "secondary", language: "en" });
    const quote = compare([us, az, report]).quotes.find((q) => q.statementId === "news");
    expect(quote?.speaker).toEqual({ name: "Antony Blinken", basis: "said_after", statementIds: ["us"] });
  });
});

describe("a title, a comma, then the name introduces that person for a description", () => {
  test("“the President of Azerbaijan, Ilham Aliyev”, “Azerbaijan’s President, Ilham Aliyev”, “the Armenian Prime Minister, Nikol Pashinyan”", () => {
    expect(speakersOf("Secretary of State Antony Blinken called the President of Azerbaijan, Ilham Aliyev. “Baku is ready to sign the peace treaty,” the President said.")).toEqual([
      "Ilham Aliyev/said_after",
    ]);
    expect(speakersOf("Secretary of State Antony Blinken called Azerbaijan’s President, Ilham Aliyev. “Baku is ready,” the Azerbaijani president said.")).toEqual(["Ilham Aliyev/said_after"]);
    expect(speakersOf("Blinken called the Armenian Prime Minister, Nikol Pashinyan, on Monday. “Yerevan is ready,” the Prime Minister said.")).toEqual(["Nikol Pashinyan/said_after"]);
    // With title words after the comma as well: both titles are the person's.
    expect(speakersOf("Blinken called the Azerbaijani leader, President Ilham Aliyev. “Baku is ready,” the Azerbaijani leader said.")).toEqual(["Ilham Aliyev/said_after"]);
    // Russian: the same apposition.
    expect(speakersOf("Президент Азербайджана, Ильхам Алиев, принял звонок Блинкена. «Баку готов подписать договор», — сказал президент.", "ru")).toEqual(["Ильхам Алиев/said_after"]);
  });

  test("the rules of descriptions.ts stay: every word of the description is the person's, and a list is no apposition", () => {
    // Not a prime minister, nor an Armenian.
    expect(speakersOf("Blinken called the President of Azerbaijan, Ilham Aliyev. “Baku is ready,” the Prime Minister said.")).toEqual([null]);
    expect(speakersOf("Blinken called the President of Azerbaijan, Ilham Aliyev. “Baku is ready,” the Armenian president said.")).toEqual([null]);
    // "the President, Ilham Aliyev and Nikol Pashinyan": three people, or two; no one is introduced as the President.
    expect(speakersOf("Blinken met the President, Ilham Aliyev and Nikol Pashinyan. “Peace is near,” the President said.")).toEqual([null]);
    // A title in apposition after a name is that name's, not the next one's.
    expect(speakersOf("Antony Blinken, the Secretary of State, Ilham Aliyev and others met. “Peace is near,” the Secretary said.")).toEqual(["Antony Blinken/said_after"]);
  });
});

describe("the person a verb of saying is addressed to is not its speaker", () => {
  const call = "Secretary of State Antony Blinken called President Ilham Aliyev.";
  test("“told him”, “told Blinken” give the teller; “Blinken was told” never gives Blinken", () => {
    expect(speakersOf(`${call} “Baku is ready,” Aliyev told him.`)).toEqual(["Aliyev/said_after"]);
    expect(speakersOf(`${call} “Baku is ready,” Aliyev told Blinken.`)).toEqual(["Aliyev/said_after"]);
    expect(speakersOf(`${call} “Baku is ready,” Aliyev told Secretary of State Antony Blinken.`)).toEqual(["Aliyev/said_after"]);
    expect(speakersOf(`${call} Aliyev told Blinken that “Baku is ready.”`)).toEqual(["Aliyev/said_before"]);
    for (const told of ["Blinken was told", "Blinken was later told", "Secretary Blinken was told", "the Secretary was told", "he was told", "Blinken was told by Aliyev"]) {
      expect(speakersOf(`${call} “Baku is ready,” ${told}.`)).toEqual([null]);
    }
    expect(speakersOf(`${call} Blinken was told that “Baku is ready.”`)).toEqual([null]);
  });

  test("a pronoun whose verb is addressed to a person is not that person", () => {
    // The only person named before is the one told: the speaker is unknown.
    expect(speakersOf(`${call} “Baku is ready,” he told Blinken.`)).toEqual([null]);
    expect(speakersOf(`${call} “Baku is ready,” he told the Secretary.`)).toEqual([null]);
    // With the teller named before, the pronoun is the teller.
    expect(speakersOf(`Blinken called Aliyev. President Ilham Aliyev welcomed the call. “Baku is ready,” he told Blinken.`)).toEqual(["Ilham Aliyev/pronoun"]);
    expect(speakersOf(`President Ilham Aliyev took the call. Secretary of State Antony Blinken stressed the deadline. He told Aliyev that “time is short.”`)).toEqual(["Antony Blinken/pronoun"]);
  });
});
