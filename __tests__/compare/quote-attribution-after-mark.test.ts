/** @jest-environment node */
import fc from "fast-check";
import { findQuotations } from "@/lib/compare/quotation-marks";
import { attributeQuotations } from "@/lib/compare/quotes/speakers";

// Tester 88 F5 (session 15): a name and a reporting verb after a quotation that ends in "?" or "!" ("“Could the talks
// resume soon?” Blinken asked.") were read as the next sentence, so the speaker came from the sentence before
// ("Aliyev complained …"): a wrong speaker, and a wrong verdict on the quotation. And Russian "спросил" and Armenian
// "հարցրել է" were no reporting verbs. Texts written for this test.

const speakerOf = (text: string, language = "en") => attributeQuotations(text, findQuotations(text), null, language).map((found) => found && [found.name, found.basis]);

test("a name and a reporting verb after a closing mark are the quotation's attribution", () => {
  expect(speakerOf("Aliyev complained about the remarks. “Could the talks resume soon?” Blinken asked.")).toEqual([["Blinken", "said_after"]]);
  expect(speakerOf("Aliyev complained about the remarks. “The talks must resume soon!” Blinken said.")).toEqual([["Blinken", "said_after"]]);
  // A new sentence that opens with a name but no reporting verb is no attribution: the question keeps no speaker of it.
  expect(speakerOf("Aliyev complained about the remarks. “Could the talks resume soon?” Blinken then left for Brussels.")).not.toEqual([["Blinken", "said_after"]]);
});

test("Russian and Armenian verbs of asking and answering report speech", () => {
  expect(speakerOf("«Приедет ли посланник в Баку?» — спросил Алиев.", "ru")).toEqual([["Алиев", "said_after"]]);
  expect(speakerOf("«Դեսպանը կգա՞ Բաքու», — հարցրել է Ալիևը։", "hy")).toEqual([["Ալիև", "said_after"]]);
});

test("property: the mark that ends the quotation does not change who said it", () => {
  const name = fc.constantFrom("Blinken", "Aliyev", "Pashinyan", "Miller");
  const verb = fc.constantFrom("said", "asked", "added", "noted", "stressed");
  // Not ".": “… soon.” Blinken added. reads as a sentence of its own as readily.
  const mark = fc.constantFrom(",", "?", "!", "…", "");
  fc.assert(
    fc.property(name, name, verb, mark, (before, speaker, reporting, ending) => {
      const text = `${before} spoke about the border. “The talks could resume soon${ending}” ${speaker} ${reporting}.`;
      // The basis is "added" for "added", "said_after" for the other verbs: the speaker is the point here.
      expect(speakerOf(text).map((found) => found?.[0])).toEqual([speaker]);
    }),
    { numRuns: 200 },
  );
});
