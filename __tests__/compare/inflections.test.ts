/** @jest-environment node */
import fc from "fast-check";
import { classifyEdit, diffVersions } from "@/lib/compare/versions";
import { inflectionKind } from "@/lib/compare/versions/inflections";

const EN = { language: "en", sentenceInitial: false };
const verdicts = (a: string, b: string, language = "en") => diffVersions(a, b, language).edits.map((edit) => [edit.before, edit.after, edit.class, edit.reason]);

// Words one stemmer stem apart whose difference is a fact or cannot be told (lib/compare/versions/inflections.ts).
const NOUNS = ["soldier", "prisoner", "detainee", "official", "delegation", "agreement", "border", "village", "ally", "party", "crisis", "resolution", "talk", "sanction", "hostage", "proposal", "country"];
const VERBS = ["sign", "discuss", "welcome", "stress", "urge", "release", "reaffirm", "express", "support", "call", "announce"];
const plural = (noun: string) => (noun === "crisis" ? "crises" : noun.endsWith("y") && !/[aeiou]y$/u.test(noun) ? `${noun.slice(0, -1)}ies` : /(s|x|ch|sh)$/u.test(noun) ? `${noun}es` : `${noun}s`);
const past = (verb: string) => (verb.endsWith("e") ? `${verb}d` : `${verb}ed`);
const present = (verb: string) => (/(s|x|ch|sh)$/u.test(verb) ? `${verb}es` : `${verb}s`);

describe("a stem shared is not a meaning shared (inflections.ts)", () => {
  test("the testers' cases: number, tense and a stemmer's conflation are unclassified (a fact or only style), a spelling variant is wording", () => {
    // Tester 36: these passed as wording. Tester 37: as facts, "concern" → "concerns" and a headline's present were false alarms.
    expect(verdicts("The soldier was released today.", "The soldiers were released today.")).toEqual([["soldier was", "soldiers were", "unclassified", "unknown"]]);
    expect(verdicts("He signs the deal today.", "He signed the deal today.")).toEqual([["signs", "signed", "unclassified", "unknown"]]);
    expect(verdicts("Both sides expressed concern.", "Both sides expressed concerns.")).toEqual([["concern", "concerns", "unclassified", "unknown"]]);
    expect(verdicts("The minister said Armenia supports the plan.", "The minister said Armenia supported the plan.")).toEqual([["supports", "supported", "unclassified", "unknown"]]);
    expect(verdicts("They visited the prisoner.", "They visited the prison.")).toEqual([["prisoner", "prison", "unclassified", "unknown"]]);
    expect(classifyEdit("organizers", "organizations", EN)).toEqual({ class: "unclassified", reason: "unknown" });
    expect(classifyEdit("execution", "executive", EN)).toEqual({ class: "unclassified", reason: "unknown" });
    expect(classifyEdit("defence", "defense", EN)).toEqual({ class: "wording", reason: "notation" });
    expect(classifyEdit("emphasised", "emphasized", EN)).toEqual({ class: "wording", reason: "notation" });
    expect(classifyEdit("travelled", "traveled", EN)).toEqual({ class: "wording", reason: "notation" });
    // Before the unit rule (tester 38: "metres" → "meters" was a unit fact).
    expect(classifyEdit("metres", "meters", EN)).toEqual({ class: "wording", reason: "notation" });
    // Spelling rules that would merge two words: "filled" / "filed", "shoe" / "she", "four" / "for".
    expect(classifyEdit("filled", "filed", EN).class).not.toBe("wording");
    expect(classifyEdit("shoe", "she", EN).class).not.toBe("wording");
    expect(classifyEdit("polling", "poling", EN).class).not.toBe("wording");
    // Tester 38: a Russian plural made or unmade by an ending only a plural takes is unclassified, not wording.
    for (const [x, y] of [["военнопленный", "военнопленные"], ["пленного", "пленных"], ["солдат", "солдаты"], ["освобожден", "освобождены"]])
      expect([x, y, classifyEdit(x, y, { language: "ru", sentenceInitial: false })]).toEqual([x, y, { class: "unclassified", reason: "unknown" }]);
    // Other Russian case endings change with a rewrite's syntax: still wording.
    expect(classifyEdit("переговоров", "переговорам", { language: "ru", sentenceInitial: false })).toEqual({ class: "wording", reason: "inflection" });
  });

  test("Armenian: a plural marker (-ներ/-եր) added before the article is never wording; another case ending is wording", () => {
    expect(verdicts("Զինվորը ազատ արձակվեց։", "Զինվորները ազատ արձակվեցին։", "hy").map(([, , cls]) => cls)).not.toContain("wording");
    expect(inflectionKind("զինվորը", "զինվորները", "hy")).toBe("number");
    expect(inflectionKind("զինվորի", "զինվորին", "hy")).toBe("inflection");
  });

  test("property: a noun made plural or singular in a sentence is unclassified, never wording", () => {
    fc.assert(
      fc.property(fc.constantFrom(...NOUNS), fc.boolean(), fc.constantFrom("The minister met the", "Officials said the"), (noun, toPlural, head) => {
        const [x, y] = toPlural ? [noun, plural(noun)] : [plural(noun), noun];
        expect([x, y, verdicts(`${head} ${x} again on Friday.`, `${head} ${y} again on Friday.`)]).toEqual([x, y, [[x, y, "unclassified", "unknown"]]]);
      }),
      { numRuns: 100 },
    );
  });

  test("property: a verb turned from present to past or back is unclassified, never wording", () => {
    fc.assert(
      fc.property(fc.constantFrom(...VERBS), fc.boolean(), (verb, toPast) => {
        const [x, y] = toPast ? [present(verb), past(verb)] : [past(verb), present(verb)];
        expect([x, y, verdicts(`The minister ${x} the plan warmly.`, `The minister ${y} the plan warmly.`)]).toEqual([x, y, [[x, y, "unclassified", "unknown"]]]);
      }),
      { numRuns: 100 },
    );
  });

  test("property: two different words of one stem are wording only when they differ in spelling convention (defence/defense)", () => {
    const forms = [...NOUNS.flatMap((noun) => [noun, plural(noun)]), ...VERBS.flatMap((verb) => [verb, past(verb), present(verb), `${verb.replace(/e$/u, "")}ing`]), "prison", "organizers", "organizations", "executive", "execution", "emphasised", "emphasized", "defence", "defense"];
    fc.assert(
      fc.property(fc.constantFrom(...forms), fc.constantFrom(...forms), (x, y) => {
        fc.pre(x !== y);
        const verdict = classifyEdit(x, y, EN);
        if (verdict.class === "wording" && (verdict.reason === "inflection" || verdict.reason === "notation")) expect([x, y, inflectionKind(x, y, "en")]).toEqual([x, y, "spelling"]);
      }),
      { numRuns: 400 },
    );
  });

  test("tester 38: an article, a possessive or an irregular past does not turn a plural or a tense into a synonym", () => {
    expect(verdicts("Baku said a prisoner was released on Friday.", "Baku said prisoners were released on Friday.")).toEqual([["a prisoner was", "prisoners were", "unclassified", "unknown"]]);
    expect(verdicts("Baku said the prisoner had been handed over.", "Baku said prisoners had been handed over.")).toEqual([["the prisoner", "prisoners", "unclassified", "unknown"]]);
    expect(verdicts("The prisoner's family was informed.", "The prisoners' family was informed.")).toEqual([["prisoner's", "prisoners'", "unclassified", "unknown"]]);
    expect(verdicts("The leaders meet in Prague to discuss the border.", "The leaders met in Prague to discuss the border.")).toEqual([["meet", "met", "unclassified", "unknown"]]);
    expect(verdicts("Azerbaijan is releasing the detainees.", "Azerbaijan released the detainees.")).toEqual([["is releasing", "released", "unclassified", "unknown"]]);
  });

  test("property: a noun's number changed with an article or a possessive is never wording", () => {
    fc.assert(
      fc.property(fc.constantFrom(...NOUNS), fc.constantFrom("a", "the", "possessive"), fc.boolean(), (noun, form, toPlural) => {
        const singular = form === "possessive" ? `the ${noun}'s` : `${form} ${noun}`;
        const pluralForm = form === "possessive" ? `the ${plural(noun)}'` : plural(noun);
        const [x, y] = toPlural ? [singular, pluralForm] : [pluralForm, singular];
        const edits = diffVersions(`Officials said ${x} report arrived on Friday.`, `Officials said ${y} report arrived on Friday.`, "en").edits;
        for (const edit of edits) expect([x, y, edit.before, edit.after, edit.class]).not.toEqual([x, y, edit.before, edit.after, "wording"]);
      }),
      { numRuns: 150 },
    );
  });
});
