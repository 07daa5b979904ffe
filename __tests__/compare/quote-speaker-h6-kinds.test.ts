/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import { speakersOf as speakerOf } from "../helpers/quotation-speakers";

// Tester T2 (session 16): the remaining kinds of WRONG quotation speakers. A wrong speaker is worse than none: each
// block is one kind, and each text is written for these tests about Blinken's late-November 2023 calls.

describe("1: people are distinct by full name, never merged by surname", () => {
  test("two Aliyevs, two Lees: a description fitting either names nobody", () => {
    expect(speakerOf("Secretary of State Antony Blinken spoke with Azerbaijani President Ilham Aliyev, son of former President Heydar Aliyev. “Baku will sign the treaty,” the Azerbaijani president said.")).toEqual(["Ilham Aliyev/said_after"]);
    expect(speakerOf("U.S. Ambassador Ann Lee met Assistant Secretary Robert Lee in Baku. “The talks must go on,” the ambassador said.")).toEqual(["Ann Lee/said_after"]);
    expect(speakerOf("Azerbaijani President Ilham Aliyev and former Azerbaijani President Heydar Aliyev were named. “Baku will sign,” the Azerbaijani official said.")).toEqual([null]);
  });

  test("property: of two people with one surname, an office one of them holds names that one, never the other", () => {
    const given = fc.constantFrom("Ann", "Robert", "Ilham", "Heydar", "Maria", "Nikol");
    fc.assert(
      fc.property(given, given, fc.constantFrom("Lee", "Aliyev", "Smith"), fc.boolean(), (first, second, family, ambassadorFirst) => {
        fc.pre(first !== second);
        const ambassador = `U.S. Ambassador ${first} ${family}`;
        const secretary = `Assistant Secretary ${second} ${family}`;
        const text = `${ambassadorFirst ? ambassador : secretary} met ${ambassadorFirst ? secretary : ambassador} in Baku. “The talks must go on,” the ambassador said.`;
        expect(speakerOf(text)).toEqual([`${first} ${family}/said_after`]);
      }),
    );
  });

  test("a quotation's speaker is not another statement's speaker field of the same surname", () => {
    const result = compare([
      { id: "news", label: "News", party: "news", role: "secondary", text: "Former President Heydar Aliyev was remembered in Baku. “Peace is near,” Heydar Aliyev once said." },
      { id: "az", label: "AZ", party: "az", speaker: "Ilham Aliyev", text: "President Ilham Aliyev spoke with Secretary Blinken. Peace is near, the President said." },
    ]);
    expect(result.quotes.map((quote) => [quote.speaker?.name ?? null, quote.speaker?.statementIds ?? null])).toEqual([["Heydar Aliyev", []]]);
  });

  test("Russian gender forms are different people: Алиев is not Алиева", () => {
    expect(speakerOf("Президент Азербайджана Ильхам Алиев и первый вице-президент Мехрибан Алиева приняли звонок. «Баку готов», — заявил президент.", "ru")).toEqual(["Ильхам Алиев/said_after"]);
    expect(speakerOf("Первый вице-президент Мехрибан Алиева и президент Азербайджана Ильхам Алиев приняли звонок. «Баку готов», — заявил президент.", "ru")).toEqual(["Ильхам Алиев/said_after"]);
  });

  test("the verdict follows: the president's words are not taken as another party's", () => {
    const result = compare([
      { id: "az", label: "AZ", party: "az", language: "ru", speaker: "Ильхам Алиев", text: "Президент Азербайджана Ильхам Алиев и первый вице-президент Мехрибан Алиева приняли звонок. «Баку готов к миру», — заявил президент." },
      { id: "us", label: "US", party: "us", language: "ru", text: "Госсекретарь Блинкен провёл разговор с Алиевым." },
    ]);
    for (const quote of result.quotes) expect(quote.speaker?.name ?? null).not.toBe("Мехрибан Алиева");
  });
});

describe("2: in Russian only a nominative is the speaker", () => {
  test("a dative or genitive noun beside the verb is skipped", () => {
    const intro = "Президент Азербайджана Ильхам Алиев принял звонок госсекретаря Энтони Блинкена. ";
    expect(speakerOf(`${intro}«Мир достижим», — сказал президенту госсекретарь.`, "ru")).not.toContainEqual(expect.stringMatching(/Алиев/u));
    expect(speakerOf(`${intro}«Мир достижим», — заявил пресс-секретарь Алиева.`, "ru")).toEqual([null]);
    expect(speakerOf(`${intro}«Мир достижим», — заявил помощник Алиева Хикмет Гаджиев.`, "ru")).toEqual(["Хикмет Гаджиев/said_after"]);
    expect(speakerOf(`${intro}«Мир достижим», — сказал Ильхаму Алиеву госсекретарь США.`, "ru")).not.toContainEqual(expect.stringMatching(/Алиев/u));
    expect(speakerOf(`${intro}«Мир достижим», — сказал Ильхаму Алиеву Блинкен.`, "ru")).toEqual(["Блинкен/said_after"]);
  });
});

describe("3: a description never makes a quotation the statement's own", () => {
  test("a description fitting the speaker field's person names nobody, and the quotation is still listed", () => {
    const text = "Secretary Blinken spoke today with Azerbaijani President Ilham Aliyev. “We will not give up on peace,” the U.S. official said.";
    expect(speakerOf(text, "en", "Matthew Miller, Department spokesman", ["U.S. Department of State"])).toEqual([null]);
    const result = compare([
      { id: "us", label: "US", party: "us", speaker: "Matthew Miller, Department spokesman", partyNames: ["U.S. Department of State"], text },
      { id: "az", label: "AZ", party: "az", text: "President Ilham Aliyev spoke with Secretary Blinken." },
    ]);
    expect(result.quotes.map((quote) => quote.text)).toEqual(["We will not give up on peace,"].map((t) => expect.stringContaining(t.slice(0, 20))));
  });
});

describe("4: a description fitting only in part, or fitting two, names nobody", () => {
  test("generic heads are unambiguous among all persons of the country", () => {
    expect(speakerOf("James O’Brien, the U.S. assistant secretary of state, was not on the call with Secretary of State Antony Blinken. “Peace is within reach,” the U.S. official said.")).toEqual([null]);
    expect(speakerOf("Blinken spoke with Prime Minister Nikol Pashinyan and Armenian President Vahagn Khachaturyan. “Peace is near,” the Armenian leader said.")).toEqual([null]);
    expect(speakerOf("Secretary Blinken spoke with President Ilham Aliyev of Azerbaijan. Azerbaijani diplomat Elnur Mammadov took notes. “Baku is ready,” the Azerbaijani official said.")).toEqual([null]);
    // A presidential aide whose title names no country may be the Azerbaijani official too.
    expect(speakerOf("Secretary of State Antony Blinken spoke with Azerbaijani President Ilham Aliyev, and Hikmet Hajiyev, the presidential aide, briefed reporters. “Baku is ready,” the Azerbaijani official said.")).toEqual([null]);
  });

  test("gendered words must match exactly", () => {
    expect(speakerOf("Matthew Miller, the State Department spokesman, briefed reporters. “The call went well,” the spokeswoman said.")).toEqual([null]);
    expect(speakerOf("Matthew Miller, the State Department spokesman, briefed reporters. “The call went well,” the spokesman said.")).toEqual(["Matthew Miller/said_after"]);
    expect(speakerOf("Matthew Miller, the State Department spokesman, briefed reporters. Margaret Smith, the Armenian government spokeswoman, also commented. “The call went well,” the spokeswoman said.")).toEqual(["Margaret Smith/said_after"]);
    expect(speakerOf("Matthew Miller, the State Department spokesman, briefed reporters. “The call went well,” the spokesperson said.")).toEqual(["Matthew Miller/said_after"]);
  });
});

describe("5: reported speech inside the attribution", () => {
  test("“…,” X said Y told him: the words are not X's", () => {
    const intro = "Secretary of State Antony Blinken spoke with Azerbaijani President Ilham Aliyev. ";
    expect(speakerOf(`${intro}“Peace is within reach,” the Azerbaijani leader said the Secretary told him.`)).not.toContainEqual(expect.stringMatching(/Aliyev/u));
    expect(speakerOf(`${intro}“Peace is within reach,” Aliyev said Blinken told him.`)).not.toContainEqual(expect.stringMatching(/Aliyev/u));
    expect(speakerOf(`${intro}“Peace is within reach,” Aliyev said Blinken had told him.`)).not.toContainEqual(expect.stringMatching(/Aliyev/u));
    expect(speakerOf(`${intro}“Peace is within reach,” Aliyev said.`)).toEqual(["Ilham Aliyev/said_after"].map(() => expect.stringMatching(/Aliyev\/said_after/u)));
  });
});
