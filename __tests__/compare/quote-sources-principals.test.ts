/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import { findQuotations } from "@/lib/compare/quotation-marks";
import { attributeQuotations } from "@/lib/compare/quotes/speakers";
import type { QuoteCheck, StatementInput } from "@/lib/compare/types";

const changes = (check: QuoteCheck) => check.source?.parts.filter((p) => p.op !== "equal").map((p) => [p.op, p.text.trim()]);
const speakers = (text: string, language: string, field: string | null = null) =>
  attributeQuotations(text, findQuotations(text), field, language).map((s) => (s ? `${s.name}/${s.basis}` : null));

describe("a quotation's source span reaches the word its edge word replaces", () => {
  const OFFICE: StatementInput = {
    id: "office",
    label: "Office",
    party: "port",
    speaker: "Tom Reed, press officer",
    text: "Mira Holt met the mayor of Lindau. She backed a firm and lasting ferry accord with Bregenz. Fees will fall by 40 percent from March 3. Work starts soon.",
  };
  const quote = (words: string): QuoteCheck => {
    const comparison = compare([OFFICE, { id: "wire", label: "Wire", role: "secondary", text: `Reed said “${words}”` }]);
    return comparison.quotes[0];
  };

  test("a changed last word is a substitution, not an insertion", () => {
    const check = quote("she backed a firm and lasting ferry accord with Konstanz.");
    expect(check.verdict).toBe("altered");
    expect(check.source?.text).toBe("She backed a firm and lasting ferry accord with Bregenz");
    expect(changes(check)).toEqual([
      ["delete", "Bregenz"],
      ["insert", "Konstanz"],
    ]);
  });

  test("a changed date and a changed first word", () => {
    expect(changes(quote("fees will fall by 40 percent from March 13."))).toEqual([
      ["delete", "3"],
      ["insert", "13"],
    ]);
    expect(changes(quote("He backed a firm and lasting ferry accord with Bregenz."))).toEqual([
      ["delete", "She"],
      ["insert", "He"],
    ]);
  });

  test("the span stays within the source sentence", () => {
    const check = quote("fees will fall by 40 percent from now");
    expect(check.source?.text).toBe("Fees will fall by 40 percent from March");
    expect(check.source?.text).not.toMatch(/Work/u);
    // A quotation that ends early: no source word past the sentence end ("… March 3. Work").
    expect(quote("percent from March 3 onwards").source?.text).toBe("percent from March 3");
  });

  test("a Russian changed last word", () => {
    const comparison = compare([
      { id: "ru", label: "ru", language: "ru", speaker: "Иван Петров, пресс-секретарь", text: "Стороны договорились продолжить переговоры в Вене. Встреча прошла спокойно." },
      { id: "news", label: "news", language: "ru", role: "secondary", text: "Петров сказал: «Стороны договорились продолжить переговоры в Женеве»." },
    ]);
    expect(changes(comparison.quotes[0])).toEqual([
      ["delete", "Вене"],
      ["insert", "Женеве"],
    ]);
  });

  // Distinct source words, and replacements from a vocabulary of their own.
  const SOURCE_WORDS = "amber basin cedar delta ember fjord grove harbor inlet juniper kestrel lagoon meadow nectar orchard prairie quarry ridge summit tundra".split(" ");
  const NEW_WORDS = "zinc yarrow xenon wattle vortex".split(" ");

  test("property: one replaced word (first, middle or last) is one delete and one insert, inside the span", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(SOURCE_WORDS, { minLength: 6, maxLength: 14 }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom("first", "middle", "last", "none"),
        fc.constantFrom(...NEW_WORDS),
        (sentence, a, b, where, replacement) => {
          const length = 3 + (a % (sentence.length - 2));
          const from = b % (sentence.length - length + 1);
          const quoted = sentence.slice(from, from + length);
          const at = where === "first" ? 0 : where === "last" ? length - 1 : Math.floor(length / 2);
          const replaced = where === "none" ? null : quoted[at];
          if (replaced !== null) quoted[at] = replacement;
          const source = `Opening words come first. ${sentence.join(" ")}. Closing words come last.`;
          const comparison = compare([
            { id: "src", label: "src", text: source },
            { id: "q", label: "q", role: "secondary", text: `A note: “${quoted.join(" ")}”.` },
          ]);
          const check = comparison.quotes[0];
          if (replaced === null) {
            expect(check.verdict).toBe("verbatim");
            return;
          }
          expect(check.verdict).toBe("altered");
          const edits = check.source!.parts.filter((p) => p.op !== "equal");
          expect(edits.map((p) => [p.op, p.text.trim()])).toEqual([
            ["delete", replaced],
            ["insert", replacement],
          ]);
          expect(check.source!.text.split(" ")).toContain(replaced);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("a quotation of a readout's principal is checked, not hidden", () => {
  // The office's readout speaks through its press officer; Holt is its principal and has no statement of her own.
  const OFFICE: StatementInput = {
    id: "office",
    label: "Office",
    party: "port",
    speaker: "Tom Reed, Press Officer",
    partyNames: ["Port Authority Office", "Harbour Office"],
    text: "Mira Holt spoke with the mayor of Lindau. She said the harbour fees would drop by 40 percent in spring. The mayor thanked her.",
  };
  const COUNCIL: StatementInput = {
    id: "council",
    label: "Council",
    party: "council",
    partyNames: ["Town Council"],
    text: "The council expects the ferry timetable to change in the autumn months.",
  };
  const wire = (text: string) => compare([OFFICE, COUNCIL, { id: "wire", label: "Wire", role: "secondary", party: "wire", text }]).quotes[0];

  test("a changed number, reported by the principal's office, is altered (was no_speaker_statement)", () => {
    const check = wire("Holt noted that “the harbour fees would drop by 14 percent in spring,” the Harbour Office said.");
    expect(check.speaker).toEqual({ name: "Holt", basis: "said_before", statementIds: [] });
    expect(check.verdict).toBe("altered");
    expect(check.source?.statementId).toBe("office");
    expect(changes(check)).toEqual([
      ["delete", "40"],
      ["insert", "14"],
    ]);
  });

  test("the reporting party named first: its statement is the speaker's side", () => {
    const check = wire("The Harbour Office said Holt noted that “the harbour fees would drop by 14 percent in spring”.");
    expect(check.speaker?.name).toBe("Holt");
    expect(check.verdict).toBe("altered");
    // A word the office never wrote is not found in the speaker's side, rather than hidden as a third person's.
    expect(wire("The Harbour Office said Holt urged “calm”.").verdict).toBe("not_found_in_speaker");
    // Words of another party, put in the principal's mouth by her office's account.
    const moved = wire("The Harbour Office said Holt noted that “the ferry timetable would change in the autumn months.”");
    expect(moved.verdict).toBe("other_party");
    expect(moved.source?.statementId).toBe("council");
  });

  test("a speaker with no statement and no reporting party: found anyway is verbatim or altered; nothing found stays no_speaker_statement", () => {
    expect(wire("Lena Ost, a ferry captain, said “the ferry timetable to change in the autumn months.”").verdict).toBe("verbatim");
    expect(wire("Lena Ost, a ferry captain, said “the ferry timetable would change in the winter months.”").verdict).toBe("altered");
    const nowhere = wire("Lena Ost, a ferry captain, said “the sea is rough this week.”");
    expect(nowhere.verdict).toBe("no_speaker_statement");
    expect(nowhere.source).toBeNull();
  });

  test("attribution keeps the nearer name as speaker and the other as the reporting party", () => {
    const text = "Holt noted that “fees will drop,” the Harbour Office said. The Harbour Office said Holt urged “calm”. “Fees will drop,” Reed said.";
    expect(attributeQuotations(text, findQuotations(text)).map((s) => s && [s.name, s.reportedBy ?? null])).toEqual([
      ["Holt", "Harbour Office"],
      ["Holt", "Harbour Office"],
      ["Reed", null],
    ]);
  });
});

describe("Russian and Armenian attribution", () => {
  test("Russian speaking verbs, before and after the quotation", () => {
    expect(speakers("Петров заявил: «Мы готовы к диалогу».", "ru")).toEqual(["Петров/said_before"]);
    expect(speakers("«Мы готовы к диалогу», — сказала Анна Орлова.", "ru")).toEqual(["Анна Орлова/said_after"]);
    expect(speakers("«Мы готовы к диалогу», — Петров подчеркнул.", "ru")).toEqual(["Петров/said_after"]);
    expect(speakers("«И к торговле», — добавил Петров.", "ru")).toEqual(["Петров/added"]);
    // "по словам" takes the genitive: Петров's words (session 17, tester T4 F7).
    expect(speakers("По словам Петрова, «диалог продолжится».", "ru")).toEqual(["Петров/according_to"]);
    expect(speakers("Как сообщил Петров, «диалог продолжится».", "ru")).toEqual(["Петров/according_to"]);
    expect(speakers("Президент Олег Петров отметил, что «диалог продолжится».", "ru-RU")).toEqual(["Олег Петров/said_before"]);
    expect(speakers("Петров встретился с послом. Он подчеркнул, что «диалог продолжится».", "ru")).toEqual(["Петров/pronoun"]);
  });

  test("Armenian speaking verbs", () => {
    expect(speakers("Սարգսյանը հայտարարել է. «Երկխոսությունը կշարունակվի»։", "hy")).toEqual(["Սարգսյան/said_before"]);
    expect(speakers("«Երկխոսությունը կշարունակվի», — ասել է Սարգսյանը։", "hy")).toEqual(["Սարգսյան/said_after"]);
  });

  test("a language without patterns: no attribution is claimed, not even the speaker field", () => {
    expect(speakers("Petrov a déclaré : « le dialogue continuera ».", "fr", "Jean Roux, porte-parole")).toEqual([null]);
    // English patterns are not tried on a Russian text, nor Russian ones on an English text.
    expect(speakers("“We are ready,” said Petrov.", "ru", null)).toEqual([null]);
    expect(speakers("Петров заявил: «Мы готовы».", "en", null)).toEqual([null]);
  });

  test("a Russian quotation put in the wrong mouth is other_party (was verbatim with no speaker)", () => {
    const statements: StatementInput[] = [
      { id: "east", label: "east", language: "ru", party: "east", partyNames: ["Министерство Восточного края", "Петров"], text: "Министр приветствовал решение продолжить переговоры о новом мосте через реку." },
      { id: "west", label: "west", language: "ru", party: "west", partyNames: ["Администрация Западного края", "Орлова"], text: "Глава края Анна Орлова подчеркнула важность торговли." },
    ];
    for (const text of [
      "Орлова заявила: «Министр приветствовал решение продолжить переговоры о новом мосте через реку».",
      "«Министр приветствовал решение продолжить переговоры о новом мосте через реку», — сказала Орлова.",
    ]) {
      const check = compare([...statements, { id: "news", label: "news", language: "ru", role: "secondary", text }]).quotes[0];
      expect(check.speaker).toEqual(expect.objectContaining({ name: "Орлова", statementIds: ["west"] }));
      expect(check.verdict).toBe("other_party");
      expect(check.source?.statementId).toBe("east");
    }
  });
});
