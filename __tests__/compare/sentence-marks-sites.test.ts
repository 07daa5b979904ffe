/** @jest-environment node */
import { ListMarkers } from "@/lib/compare/list-markers";
import { LeadingMarkers } from "@/lib/compare/leading-markers";
import { headingShaped } from "@/lib/compare/lead-ins";
import { quotationFrames } from "@/lib/compare/quotation-frames";
import { findQuotations } from "@/lib/compare/quotation-marks";
import { attributeQuotations } from "@/lib/compare/quotes/speakers";
import { diffVersions } from "@/lib/compare/versions";
import { classifyEdit } from "@/lib/compare/versions/classify";
import { namesOfTexts } from "@/lib/compare/versions/names";
import { versionSentences, VersionVocabulary } from "@/lib/compare/versions/sentences";

// Every place that reads where a sentence ends reads one set of marks (lib/text/sentence-marks.ts: Unicode's
// Sentence_Terminal and "…"; Armenian's ":" typed for "։" by armenian-stops.ts). Before, each site kept its own class,
// and a mark one of them lacked ("։", "。", "．", "‼", "؟") changed its outcome. Texts written for these tests about
// Blinken's late-November 2023 calls with Pashinyan and Aliyev.

describe("list-markers: a line that ends in any sentence-terminal mark opens a list", () => {
  test.each([".", "!", "։", "。", "．", "‼"])("English lines ending in %s", (mark) => {
    const text = `The sides discussed the following${mark}\n1. Border delimitation${mark}\n2. Transport links${mark}`;
    expect(new ListMarkers(text).size).toBe(2);
  });

  test.each(["։", ":", "。"])("Armenian lines ending in %s (was no list after the verjaket)", (mark) => {
    const text = `Կողմերը քննարկել են հետևյալ հարցերը${mark}\n1. Սահմանազատումը${mark}\n2. Հաղորդակցությունները${mark}`;
    expect(new ListMarkers(text).size).toBe(2);
  });

  test("a wrapped line (no mark) still reads its next line's number as a date's day", () => {
    expect(new ListMarkers("They met again on September\n1. They spoke again on October\n2. Then they agreed").size).toBe(0);
  });
});

describe("leading-markers: a marker after any sentence-terminal mark is layout", () => {
  const markerEnd = (text: string) => {
    const start = text.indexOf("(2)");
    return new LeadingMarkers(text).markerEnd({ start, end: text.length });
  };
  test.each([".", "։", "。", "．", "‼", "؟", "｡"])("“Talks ended%s” then “(2) Aid will flow.” (was a number after ．‼؟｡)", (mark) => {
    const text = `Talks ended${mark}\n(2) Aid will flow.`;
    expect(markerEnd(text)).toBe(text.indexOf("(2)") + 3);
  });

  test("after a line that stops mid-sentence the bracketed number stays the claim's", () => {
    expect(markerEnd("Talks ended on\n(2) Aid will flow.")).toBe(-1);
  });
});

describe("lead-ins: a line ending in any sentence-terminal mark is no heading", () => {
  test.each([".", "։", "。", "．", "‼", "؟", "｡", "⁉"])("“Talks resume next week%s” (was a heading after ．‼؟｡⁉)", (mark) => {
    expect(headingShaped(`Talks resume next week${mark}`, "\n")).toBe(false);
  });

  test("a line without one is heading-shaped", () => {
    expect(headingShaped("Talks resume next week", "\n")).toBe(true);
  });
});

describe("quotation-frames: a quotation that opens its sentence after any mark relays speech", () => {
  const frames = (text: string) => quotationFrames(text, findQuotations(text).flatMap((quotation) => quotation.fragments));
  test.each([".", "!", "։", "。", "．", "‼", "⁉"])("after “Talks ended%s” (was no frame after ．‼⁉)", (mark) => {
    const text = `Talks ended${mark} «Мы готовы к миру», — сказал министр.`;
    const open = text.indexOf("«");
    expect(frames(text)).toEqual([
      { start: open, end: open + 1 },
      { start: text.indexOf("»"), end: text.length },
    ]);
  });

  test("a sentence's end inside CJK marks makes the quotation speech (「…。」)", () => {
    const text = "The minister called the talks 「a step forward。」 and left.";
    expect(frames(text).length).toBeGreaterThan(0);
  });
});

describe("quotes/speakers: the attribution window stops at every sentence end, in every language", () => {
  const speakers = (text: string, language: string, field: string | null = null) =>
    attributeQuotations(text, findQuotations(text), field, language).map((speaker) => (speaker ? `${speaker.name}/${speaker.basis}` : null));

  test("a speaking verb two sentences back names nobody: English, Russian and Armenian alike (Armenian was Aliyev)", () => {
    expect(speakers("Aliyev said the talks were going on. The ministers met in Washington. “We are ready for peace.”", "en")).toEqual([null]);
    expect(speakers("Алиев сказал, что переговоры продолжаются. Министры встретились в Вашингтоне. «Мы готовы к миру».", "ru")).toEqual([null]);
    expect(speakers("Ալիևը ասել է, որ բանակցությունները շարունակվում են։ Նախարարները հանդիպեցին Վաշինգտոնում։ «Մենք պատրաստ ենք խաղաղության»։", "hy")).toEqual([null]);
    // Armenian typed with ":" for "։" (armenian-stops.ts isArmenianColon).
    expect(speakers("Ալիևը ասել է, որ բանակցությունները շարունակվում են: Նախարարները հանդիպեցին Վաշինգտոնում: «Մենք պատրաստ ենք խաղաղության»:", "hy")).toEqual([null]);
  });

  test("the other marks end sentences too: “…”, “‼”, “。” (was Aliyev, across two sentences)", () => {
    for (const mark of ["…", "‼", "。", "؟"]) {
      expect(speakers(`Aliyev said the talks were going on${mark} The ministers met in Washington${mark} “We are ready for peace.”`, "en")).toEqual([null]);
    }
  });

  test("the speaker field is what such a quotation falls back to", () => {
    const text = "Ալիևը ասել է, որ բանակցությունները շարունակվում են։ Նախարարները հանդիպեցին Վաշինգտոնում։ «Մենք պատրաստ ենք խաղաղության»։";
    expect(speakers(text, "hy", "Նիկոլ Փաշինյան, վարչապետ")).toEqual(["Նիկոլ Փաշինյան/statement_speaker"]);
  });

  test("decision: a quotation that opens a sentence reads the sentence right before it, in every language", () => {
    // The mark before an opening quote is where writers put the colon that introduces it; Armenian types the verjaket
    // and the colon alike. So "X said … . “…”" names X in English as "X … ։ «…»" does in Armenian; "Aliyev made a
    // statement. “…”" names nobody only because "made" is no speaking verb (nor "ելույթ ունեցավ").
    expect(speakers("Aliyev said a few words. “Dialogue will continue.”", "en")).toEqual(["Aliyev/said_before"]);
    expect(speakers("Алиев заявил. «Диалог продолжится».", "ru")).toEqual(["Алиев/said_before"]);
    expect(speakers("Ալիևը հայտարարել է։ «Երկխոսությունը կշարունակվի»։", "hy")).toEqual(["Ալիև/said_before"]);
    expect(speakers("Aliyev made a statement. “Dialogue will continue.”", "en")).toEqual([null]);
    expect(speakers("Ալիևը ելույթ ունեցավ։ «Երկխոսությունը կշարունակվի»։", "hy")).toEqual([null]);
  });

  test("the Armenian mijaket introduces the quotation: a later quotation in the same sentence keeps the speaker", () => {
    // "." after an Armenian word in a text that writes "։" is the mijaket, Armenian's colon (armenian-stops.ts); it was
    // read as a full stop, which left the second quotation without a speaker.
    expect(speakers("Ալիևը ասել է. «Երկխոսությունը կշարունակվի», «խաղաղությունը մոտ է»։", "hy")).toEqual(["Ալիև/said_before", "Ալիև/said_before"]);
  });

  test("a stop inside the closing mark ends the sentence only where a new one starts after it, whatever the mark", () => {
    // “…?” he asked / “…” he said: the sentence goes on to its attribution (was cut at "?", so "he" was never read).
    for (const mark of [".", "?", "!", "…"]) {
      expect(speakers(`Blinken spoke with Aliyev. “We will see${mark}” he said.`, "en")).toEqual(["Blinken/pronoun"]);
    }
    expect(speakers("Blinken spoke with Aliyev. “Are you ready?” he asked.", "en")).toEqual(["Blinken/pronoun"]);
  });
});

describe("versions/classify: a word after any sentence-terminal mark inside an edit opens a sentence", () => {
  test.each([".", "!", "։", "。", "．", "‼"])("“talks%s the” → its capitalised “The” is typography (was a name after 。．‼)", (mark) => {
    expect(classifyEdit(`talks${mark} the`, `talks${mark} The`, { language: "en", sentenceInitial: false })).toEqual({ class: "typographic", reason: "typography" });
  });

  test("after Armenian's \":\" typed for \"։\" too", () => {
    expect(classifyEdit("հանդիպեցին: նախարարը", "հանդիպեցին: Նախարարը", { language: "hy", sentenceInitial: false })).toEqual({ class: "typographic", reason: "typography" });
  });
});

describe("versions/names: a capital after any sentence-terminal mark is no name evidence", () => {
  // diffVersions' pieces are cut by UAX #29 after every Sentence_Terminal mark, so inside one piece only "…" and a dot
  // the segmenter joins back reach this reader; it is asked of a piece as given, here one that spans two sentences.
  const namesOf = (text: string) => {
    const vocabulary = new VersionVocabulary("en");
    return namesOfTexts(vocabulary, [[text, versionSentences(text, vocabulary, [{ start: 0, end: text.length }])]]);
  };
  test.each([".", "!", "…", "։", "。", "．"])("“The talks went on%s Minister Kobakhidze spoke.” (was “minister” a name after ։。．)", (mark) => {
    const names = namesOf(`The talks went on${mark} Minister Kobakhidze spoke.`);
    expect(names("minister")).toBe(false);
    expect(names("kobakhidze")).toBe(true);
  });
});

describe("versions/read-both-ways (role swaps): two parties on either side of a sentence's end are no list", () => {
  const classes = (a: string, b: string, language: string) => diffVersions(a, b, language).edits.map((edit) => `${edit.class}/${edit.reason}`);

  test("English, after “.” and after “。” (was a name after 。)", () => {
    for (const mark of [".", "。"]) {
      expect(classes("The officials thanked Blinken while Aliyev praised the talks.", `The officials thanked Aliyev${mark} Blinken praised the talks.`, "en")).toEqual(["fact/role", "fact/role"]);
    }
  });

  test("Armenian, after “։” and after “:” typed for it (was a name)", () => {
    for (const mark of ["։", ":"]) {
      const a = `Պաշտոնյաները շնորհակալություն հայտնեցին Բլինքենին, մինչդեռ Ալիևը գովեց բանակցությունները${mark}`;
      const b = `Պաշտոնյաները շնորհակալություն հայտնեցին Ալիևին${mark} Բլինքենը գովեց բանակցությունները${mark}`;
      expect(classes(a, b, "hy")).toEqual(["fact/role"]);
    }
  });
});
