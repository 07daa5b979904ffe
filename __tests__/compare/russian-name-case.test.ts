import fc from "fast-check";
import { caseOfEnding, endsAsSurname, endsInObliqueCase, nominativeKey, objectKey } from "@/lib/compare/russian-name-case";

/**
 * One module reads Russian masculine case endings for the roles (nominativeKey, objectKey) and for the version diff's
 * title slot (caseOfEnding, endsAsSurname, endsInObliqueCase). The two readings must agree on the forms both read:
 * a surname's genitive or dative is an object's shape and ends in its case, and its nominative is neither.
 */

// Surname stems of the masculine consonant declension, and Cyrillic letters to build more (written for this test).
const STEMS = ["алиев", "пашинян", "блинкен", "лавров", "мирзоян", "байрамов", "оверчук", "путин"];
const LETTERS = "бвгдзклмнпрст".split("");
const SURNAME_ENDINGS = ["ов", "ев", "ин", "ян"];

test("a title's ending names its case; anything else, including an object's own keys, names none", () => {
  expect(caseOfEnding("")).toBe("nom");
  expect(caseOfEnding("а")).toBe("gen");
  expect(caseOfEnding("ю")).toBe("dat");
  expect(caseOfEnding("ом")).toBe("ins");
  expect(caseOfEnding("е")).toBe("pre");
  expect(caseOfEnding("ами")).toBeNull();
  // Not the prototype's keys: the table is read as data.
  expect(caseOfEnding("constructor")).toBeNull();
  expect(caseOfEnding("toString")).toBeNull();
});

test("the past tense's -ла is no genitive after a title, though it has an object's shape", () => {
  expect(endsInObliqueCase("поддержала", "gen")).toBe(false);
  expect(objectKey("поддержала")).toBe("поддержал");
  expect(endsInObliqueCase("алиева", "gen")).toBe(true);
});

test("property: for a surname, the roles' reading and the title slot's agree on every case both read", () => {
  const surname = fc.oneof(
    fc.constantFrom(...STEMS),
    fc.tuple(fc.array(fc.constantFrom(...LETTERS), { minLength: 2, maxLength: 5 }), fc.constantFrom(...SURNAME_ENDINGS)).map(([letters, ending]) => letters.join("") + "а" + ending),
  );
  fc.assert(
    fc.property(surname, (nominative) => {
      // The nominative: a role's subject key, never an object's, and a surname's ending when it has one.
      expect(nominativeKey(nominative)).toBe(nominative);
      if (SURNAME_ENDINGS.some((ending) => nominative.endsWith(ending))) expect(endsAsSurname(nominative)).toBe(true);
      for (const [ending, grammaticalCase] of [["а", "gen"], ["у", "dat"]] as const) {
        const form = nominative + ending;
        // Both readings: an object's key equal to the nominative's, and the ending of the case its title would ask for.
        expect(objectKey(form)).toBe(nominativeKey(nominative));
        expect(caseOfEnding(ending)).toBe(grammaticalCase);
        expect(endsInObliqueCase(form, grammaticalCase)).toBe(!form.endsWith("ла"));
        expect(nominativeKey(form)).toBeNull();
      }
      // The instrumental: never a nominative, and the instrumental's ending.
      expect(nominativeKey(nominative + "ом")).toBeNull();
      expect(endsInObliqueCase(nominative + "ым", "ins")).toBe(true);
    }),
    { numRuns: 300 },
  );
});
