/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";

// Tester 77 F10: a quotation's first word is capitalised as a sentence's is, so its capital is no evidence of a name.
// English quoted in a Russian readout made the person entities "They" and "We've", each "not mentioned" by the English
// readout in the Names matrix (lib/compare/analyse.ts opensQuotation). Texts written for this test.
const personsOf = (first: string, second: string) =>
  compare([
    { id: "ru", label: "RU", text: first, party: "ru", language: "ru" },
    { id: "en", label: "EN", text: second, party: "us" },
  ])
    .entities.filter((entity) => entity.kind === "person")
    .map((entity) => entity.text);

test("the capitalised first word of a quotation is no person", () => {
  expect(personsOf("Госдеп заявил: «They will continue to support the peace process.» Стороны обсудили гуманитарные вопросы.", "The State Department said they will continue to support the peace process.")).toEqual([]);
});

test("a name that opens a quotation is still a name when it is written as one elsewhere", () => {
  expect(personsOf("Госдеп заявил: «Blinken spoke with Pashinyan on Monday.»", "The State Department said that Secretary Blinken spoke with Pashinyan.")).toEqual(expect.arrayContaining(["Blinken"]));
});

test("property: whatever quotation mark opens it, a quoted sentence's capitalised first word makes no person", () => {
  const opener = fc.constantFrom(["«", "»"], ["“", "”"], ["„", "“"], ['"', '"'], ["‹", "›"]);
  const first = fc.constantFrom("They", "We", "Our", "Progress", "Talks", "Both");
  fc.assert(
    fc.property(opener, first, ([open, close], word) => {
      const persons = personsOf(`Госдеп заявил: ${open}${word} will continue to support the peace process.${close} Стороны обсудили вопросы.`, `The State Department said ${word.toLowerCase()} will continue to support the peace process.`);
      expect(persons).toEqual([]);
    }),
    { numRuns: 30 },
  );
});
