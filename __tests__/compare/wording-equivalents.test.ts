/** @jest-environment node */
import fc from "fast-check";
import { classifyEdit, diffVersions } from "@/lib/compare/versions";
import { MODALITY_LISTS, NUMBER_WORDS } from "@/lib/compare/versions/closed-class";
import { roleFormOf, sameRole } from "@/lib/compare/versions/role-forms";

/**
 * Issue 12, wording equivalents read as facts: a role's gender-neutral and gendered forms, the article and "one",
 * participles of arrangement (lib/compare/versions/equivalents.ts, role-forms.ts; docs/edit-classes.md).
 * Sentences written for these tests.
 */
const EN = { language: "en", sentenceInitial: false };
const TAIL = " Both sides then went home.";
const edits = (a: string, b: string) => diffVersions(a + TAIL, b + TAIL, "en").edits.map((edit) => [edit.before, edit.after, edit.class, edit.reason]);
const WORDING = { class: "wording", reason: "synonym" };

describe("the brief's examples, through diffVersions", () => {
  test.each([
    ["-person → -man", "The spokesperson called the visit useful.", "The spokesman called the visit useful.", [["spokesperson", "spokesman", "wording", "synonym"]]],
    ["-person → -man, capitalised before a name", "Harbour Office Spokesperson Tam Ives called it useful.", "Harbour Office Spokesman Tam Ives called it useful.", [["Spokesperson", "Spokesman", "wording", "synonym"]]],
    ["a possessive role", "The chairman's note was short.", "The chairperson's note was short.", [["chairman's", "chairperson's", "wording", "synonym"]]],
    ["A → One", "A junior envoy called the visit useful.", "One junior envoy called the visit useful.", [["A", "One", "wording", "synonym"]]],
    ["an → one", "They drafted an outline of the plan.", "They drafted one outline of the plan.", [["an", "one", "wording", "synonym"]]],
    ["planned → scheduled", "The summit planned for June was delayed.", "The summit scheduled for June was delayed.", [["planned", "scheduled", "wording", "synonym"]]],
    ["slated → arranged", "The summit slated for June was delayed.", "The summit arranged for June was delayed.", [["slated", "arranged", "wording", "synonym"]]],
    ["agreed → accepted (tester 38)", "Both sides agreed that the groups should meet.", "Both sides accepted that the groups should meet.", [["agreed", "accepted", "wording", "synonym"]]],
    ["agreed → consented", "The ministry agreed to the inspection.", "The ministry consented to the inspection.", [["agreed", "consented", "wording", "synonym"]]],
  ])("%s", (_, a, b, expected) => {
    expect(edits(a, b)).toEqual(expected);
  });

  test.each([
    ["-man → -woman: another person", "The spokesman called the visit useful.", "The spokeswoman called the visit useful.", [["spokesman", "spokeswoman", "fact", "title"]]],
    ["another role", "The spokesman called the visit useful.", "The minister called the visit useful.", [["spokesman", "minister", "fact", "title"]]],
    ["one → two", "One junior official called it useful.", "Two junior officials called it useful.", [["One", "Two", "fact", "number"], ["official", "officials", "unclassified", "unknown"]]],
    ["planned dropped", "The summit planned for June was delayed.", "The summit for June was delayed.", [["planned ", "", "fact", "modality"]]],
    ["plans to → will", "The envoy plans to return in June.", "The envoy will return in June.", [["plans to", "will", "fact", "modality"]]],
    ["agreed → proposed", "The ministry agreed to the inspection.", "The ministry proposed the inspection.", [["agreed to", "proposed", "fact", "modality"]]],
  ])("stays a fact: %s", (_, a, b, expected) => {
    expect(edits(a, b)).toEqual(expected);
  });
});

describe("classifyEdit, word by word", () => {
  test.each([
    ["spokesperson", "spokesman"], ["spokesperson", "spokeswoman"], ["chairperson", "chairman"], ["chairman", "chair"], ["chair", "chairwoman"],
    ["congressperson", "congressman"], ["congresswoman", "congressperson"], ["ombudsman", "ombudsperson"], ["spokespeople", "spokesmen"],
    ["a", "one"], ["an", "one"], ["One", "A"],
    ["planned", "scheduled"], ["planned", "slated"], ["scheduled", "arranged"], ["planned", "envisaged"], ["timetabled", "scheduled"],
  ])("%s → %s is wording", (a, b) => {
    expect(classifyEdit(a, b, EN)).toEqual(WORDING);
  });

  test.each([
    ["spokesman", "spokeswoman", "title"], ["chairwoman", "chairman", "title"], ["congressman", "congresswoman", "title"], ["spokesman", "minister", "title"],
    ["one", "two", "number"], ["a", "two", "number"], ["an", "eleven", "number"], ["one", "several", "number"], ["a", "some", "scope"],
    ["planned", "expected", "modality"], ["planned", "will", "modality"], ["will", "may", "modality"], ["planned", "", "modality"], ["", "scheduled planned", "modality"],
  ])("%s → %s stays a fact (%s)", (a, b, reason) => {
    expect(classifyEdit(a, b, EN)).toEqual({ class: "fact", reason });
  });

  test("a singular role for a plural one is no role swap", () => {
    expect(sameRole("spokesperson", "spokesmen")).toBe(false);
    expect(classifyEdit("spokesperson", "spokesmen", EN)).not.toEqual(WORDING);
  });

  test("the article and \"one\" are the same only in English statements (\"a\" is \"to\" in Spanish)", () => {
    expect(classifyEdit("a", "one", { language: "es", sentenceInitial: false })).toEqual({ class: "fact", reason: "number" });
  });
});

describe("the kinds, beyond the listed members", () => {
  // A stem ending in "wo" makes "…woman" of "…wo" + "man": the compound reads as "-woman", another stem.
  const base = fc.stringMatching(/^[a-z]{4,10}$/u).filter((stem) => !stem.endsWith("wo"));

  test("any role compound: the -person form for a -man or -woman form is wording; -man for -woman is a title fact", () => {
    fc.assert(
      fc.property(base, fc.constantFrom("man", "woman"), (stem, gendered) => {
        const neutral = classifyEdit(`the ${stem}person said`, `the ${stem}${gendered} said`, EN);
        expect(neutral).toEqual(WORDING);
        expect(classifyEdit(`the ${stem}persons said`, `the ${stem}${gendered === "man" ? "men" : "women"} said`, EN)).toEqual(WORDING);
        expect(sameRole(`${stem}man`, `${stem}woman`)).toBe(false);
      }),
    );
    // Every gazetteer title in "-man"/"-woman" with its "-person" form.
    for (const gendered of ["spokesman", "spokeswoman", "congressman", "congresswoman", "chairman", "chairwoman"]) {
      const neutral = gendered.replace(/(wo)?man$/u, "person");
      expect([gendered, classifyEdit(gendered, neutral, EN)]).toEqual([gendered, WORDING]);
    }
    for (const [x, y] of [["spokesman", "spokeswoman"], ["congressman", "congresswoman"], ["chairman", "chairwoman"]]) expect(classifyEdit(x, y, EN)).toEqual({ class: "fact", reason: "title" });
  });

  test("words that merely end in man/woman/person are no role forms", () => {
    for (const word of ["man", "woman", "human", "german", "roman", "person", "women", "constructor", "__proto__"]) expect(roleFormOf(word)).toBeNull();
  });

  test("the article for any number word but \"one\" stays a number fact", () => {
    for (const numeral of NUMBER_WORDS) {
      if (numeral === "one") continue;
      for (const article of ["a", "an"]) {
        expect([article, numeral, classifyEdit(`${article} senior official`, `${numeral} senior official`, EN)]).toEqual([article, numeral, { class: "fact", reason: "number" }]);
        expect([numeral, article, classifyEdit(`${numeral} senior official`, `${article} senior official`, EN)]).toEqual([numeral, article, { class: "fact", reason: "number" }]);
      }
    }
  });

  test("a participle of arrangement for any modal word stays a modality fact", () => {
    for (const modal of MODALITY_LISTS.get("en")!) {
      if (modal === "planned") continue;
      for (const arranged of ["scheduled", "slated", "arranged", "envisaged", "timetabled"]) {
        expect([arranged, modal, classifyEdit(`the talks ${arranged} for June`, `the talks ${modal} for June`, EN).class]).toEqual([arranged, modal, "fact"]);
      }
    }
  });

  test('"the two" / "both" is wording; "the" / "both" cannot be told (it adds that there are two); any other count or quantifier stays a fact (session 8 leftover)', () => {
    for (const noun of ["sides", "parties", "ministers", "delegations"]) {
      expect(classifyEdit(`the two ${noun}`, `both ${noun}`, EN)).toEqual(WORDING);
      expect(classifyEdit(`both ${noun}`, `the two ${noun}`, EN)).toEqual(WORDING);
      expect(classifyEdit(`the ${noun}`, `both ${noun}`, EN)).toEqual({ class: "unclassified", reason: "unknown" });
      expect(classifyEdit(`both ${noun}`, `the ${noun}`, EN)).toEqual({ class: "unclassified", reason: "unknown" });
      for (const count of ["three", "several", "many"]) expect([count, noun, classifyEdit(`the ${count} ${noun}`, `both ${noun}`, EN).class]).toEqual([count, noun, "fact"]);
      for (const quantifier of ["all", "some", "most", "either"]) expect([quantifier, noun, classifyEdit(`both ${noun}`, `${quantifier} ${noun}`, EN).class]).toEqual([quantifier, noun, "fact"]);
    }
    // Through the version diff, as the tester wrote it: a synonym beside it does not make it a fact.
    expect(edits("The sides agreed to meet again.", "Both parties agreed to meet again.")).toEqual([["The sides", "Both parties", "unclassified", "unknown"]]);
    expect(edits("The two sides agreed to meet again.", "Both sides agreed to meet again.")).toEqual([["The two", "Both", "wording", "synonym"]]);
    // Other languages keep their rules: the pair is English.
    expect(classifyEdit("the two sides", "both sides", { language: "fr", sentenceInitial: false }).class).not.toBe("wording");
  });
});
