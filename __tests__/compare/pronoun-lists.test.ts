/** @jest-environment node */
import { withoutParties } from "@/lib/compare/lead-in-parties";
import { pronounForm, PRONOUN_WORDS, SUBJECT_PRONOUN_WORDS } from "@/lib/compare/pronoun-cases";

// One pronoun module (pronoun-cases.ts, session 16): lead-in-parties.ts had a pronoun list of its own, and now reads
// pronoun-cases.ts's. These pin what each read before the lists were one, so that nothing either reads has changed.

/** The subject pronouns lead-ins read before (lead-in-parties.ts SUBJECT_PRONOUNS): first and third person nominatives. */
const LEAD_IN_SUBJECTS = "he she they we i он она они мы я նա նրանք մենք ես իրենք".split(" ");
/** The other pronouns lead-ins read as a party before (lead-in-parties.ts PRONOUNS, less its subject pronouns). */
const LEAD_IN_OTHERS = [
  ..."him her them us me you his their its our my your".split(" "),
  ..."его её ее их ему ей им нам мне вам вы него неё нее них нему ней ним".split(" "),
  ..."նրան նրանց մեզ ինձ դուք իր իրենց".split(" "),
];
/** Pronouns and words like them that lead-ins did not read as a party, the case table's "нас" and "меня" among them. */
const NOT_LEAD_IN = "it mine yours ours theirs himself нас меня вас тебя ты тебе ими ними нём ею мной нами դու քեզ իրեն մեր".split(" ");

describe("lead-ins read the same pronouns as parties", () => {
  test.each([...LEAD_IN_SUBJECTS, ...LEAD_IN_OTHERS])("%s alone is a party mention", (word) => {
    expect(withoutParties(word)).toBe("@");
  });

  test.each(NOT_LEAD_IN)("%s is no party mention", (word) => {
    expect(withoutParties(word)).toBe(word);
  });

  test.each(LEAD_IN_SUBJECTS)("%s after a join opens a clause of its own", (word) => {
    expect(withoutParties(`called Pashinyan and ${word} discussed`)).toBe("called @ and @ discussed");
  });

  test.each(LEAD_IN_OTHERS)("%s after a join belongs to the mention before it", (word) => {
    expect(withoutParties(`called Pashinyan and ${word} discussed`)).toBe("called @ discussed");
  });

  test("the one module's lists hold the lead-ins' words, and the case table's too", () => {
    for (const word of LEAD_IN_SUBJECTS) expect(SUBJECT_PRONOUN_WORDS.has(word)).toBe(true);
    for (const word of LEAD_IN_OTHERS) expect(SUBJECT_PRONOUN_WORDS.has(word)).toBe(false);
    for (const word of [...LEAD_IN_SUBJECTS, ...LEAD_IN_OTHERS, "нас", "меня"]) expect(PRONOUN_WORDS.has(word)).toBe(true);
    expect(PRONOUN_WORDS.size).toBe(LEAD_IN_SUBJECTS.length + LEAD_IN_OTHERS.length + 2);
  });
});

describe("the case table reads the same forms", () => {
  const TABLE: [string, string, string, "nom" | "obj"][] = [
    ["en", "he", "he", "nom"],
    ["en", "him", "he", "obj"],
    ["en", "she", "she", "nom"],
    ["en", "her", "she", "obj"],
    ["en", "they", "they", "nom"],
    ["en", "them", "they", "obj"],
    ["en", "we", "we", "nom"],
    ["en", "us", "we", "obj"],
    ["en", "i", "i", "nom"],
    ["en", "me", "i", "obj"],
    ["ru", "он", "он", "nom"],
    ["ru", "его", "он", "obj"],
    ["ru", "него", "он", "obj"],
    ["ru", "ему", "он", "obj"],
    ["ru", "нему", "он", "obj"],
    ["ru", "она", "она", "nom"],
    ["ru", "ее", "она", "obj"],
    ["ru", "нее", "она", "obj"],
    ["ru", "ей", "она", "obj"],
    ["ru", "ней", "она", "obj"],
    ["ru", "они", "они", "nom"],
    ["ru", "их", "они", "obj"],
    ["ru", "них", "они", "obj"],
    ["ru", "мы", "мы", "nom"],
    ["ru", "нас", "мы", "obj"],
    ["ru", "нам", "мы", "obj"],
    ["ru", "я", "я", "nom"],
    ["ru", "меня", "я", "obj"],
    ["ru", "мне", "я", "obj"],
  ];

  test.each(TABLE)("%s %s: %s, %s", (language, form, key, grammaticalCase) => {
    expect(pronounForm(form, language)).toEqual({ key, case: grammaticalCase });
    // Regional tags read as their language.
    expect(pronounForm(form, `${language}-XX`)).toEqual({ key, case: grammaticalCase });
  });

  test("forms of an ambiguous case, possessives, the second person, unfolded spellings and other languages have none", () => {
    for (const form of ["you", "his", "their", "its", "it", "your"]) expect(pronounForm(form, "en")).toBeNull();
    for (const form of ["им", "ним", "вы", "вам", "её", "неё", "ты", "he"]) expect(pronounForm(form, "ru")).toBeNull();
    for (const form of ["նա", "նրան", "he"]) expect(pronounForm(form, "hy")).toBeNull();
    expect(pronounForm("он", "en")).toBeNull();
    expect(pronounForm("he", "fr")).toBeNull();
  });
});
