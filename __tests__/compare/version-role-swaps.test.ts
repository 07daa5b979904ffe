/** @jest-environment node */
import fc from "fast-check";
import { diffVersions } from "@/lib/compare/versions";
import { versionEdits as edits } from "../helpers/version-edits";

// Swapped roles in a version diff (issue 12; versions/role-swaps.ts): a revision that swaps who did what to whom is a
// fact, "role", in every edit that takes part in it. Texts written for these tests about Blinken's late-November 2023
// calls with Pashinyan and Aliyev.

/** The [class, reason] of every edit of the diff, in order. */
const classes = (a: string, b: string, language = "en") => diffVersions(a, b, language).edits.map((edit) => `${edit.class}/${edit.reason}`);

/** Whether the diff has edits and every one of them is a fact, "role". */
const allRole = (a: string, b: string, language = "en") => {
  const found = classes(a, b, language);
  return found.length > 0 && found.every((entry) => entry === "fact/role");
};

describe("a swap of two parties' roles is a fact, 'role', in each of its edits", () => {
  test.each([
    // English word order, names, titles, places, common nouns; the words all kept and only reordered.
    ["en", "Blinken thanked Aliyev for his commitment to the talks.", "Aliyev thanked Blinken for his commitment to the talks."],
    ["en", "Blinken thanked Aliyev.", "Aliyev thanked Blinken."],
    ["en", "Secretary Blinken thanked President Aliyev for the call.", "President Aliyev thanked Secretary Blinken for the call."],
    ["en", "The Secretary urged Azerbaijan to respect Armenia's territorial integrity.", "The Secretary urged Armenia to respect Azerbaijan's territorial integrity."],
    ["en", "Blinken welcomed Pashinyan's proposal on the border.", "Pashinyan welcomed Blinken's proposal on the border."],
    ["en", "Blinken urged Aliyev to meet Pashinyan in Washington.", "Blinken urged Pashinyan to meet Aliyev in Washington."],
    ["en", "The minister thanked the envoy for the visit.", "The envoy thanked the minister for the visit."],
    ["en", "The hosts thanked the guests for coming.", "The guests thanked the hosts for coming."],
    ["en", "The convoy went from Armenia to Azerbaijan.", "The convoy went from Azerbaijan to Armenia."],
    ["en", "The call lasted an hour. Blinken urged Aliyev to return to the talks.", "The call lasted an hour. Aliyev urged Blinken to return to the talks."],
    ["en", "Blinken thanked Aliyev, and Pashinyan thanked Mirzoyan.", "Aliyev thanked Blinken, and Mirzoyan thanked Pashinyan."],
    // The passive: swapped agents, and the voice turned with the names in place (was "was"/"by" function words, wording).
    ["en", "Aliyev was thanked by Blinken for the call.", "Blinken was thanked by Aliyev for the call."],
    ["en", "Blinken thanked Aliyev for the call.", "Blinken was thanked by Aliyev for the call."],
    ["en", "Aliyev was thanked by Blinken for the call.", "Aliyev thanked Blinken for the call."],
    // Russian: swapped places with their case endings, and the endings alone swapped (was an inflection, wording).
    ["ru", "Блинкен поблагодарил Алиева за звонок.", "Алиев поблагодарил Блинкена за звонок."],
    ["ru", "Блинкен поблагодарил Алиева за звонок.", "Блинкена поблагодарил Алиев за звонок."],
    ["ru", "Госсекретарь Блинкен поблагодарил президента Алиева за звонок.", "Президент Алиев поблагодарил госсекретаря Блинкена за звонок."],
    ["ru", "Блинкен призвал Азербайджан уважать территориальную целостность Армении.", "Блинкен призвал Армению уважать территориальную целостность Азербайджана."],
    ["ru", "Пашинян позвонил Блинкену в среду.", "Блинкен позвонил Пашиняну в среду."],
    ["ru", "министр поблагодарил посла за визит.", "посол поблагодарил министра за визит."],
    ["ru", "Колонна прошла из Армении в Азербайджан.", "Колонна прошла из Азербайджана в Армению."],
    // Armenian: swapped places, and the endings alone swapped (was an inflection).
    ["hy", "Բլինքենը շնորհակալություն հայտնեց Ալիևին զանգի համար։", "Ալիևը շնորհակալություն հայտնեց Բլինքենին զանգի համար։"],
    ["hy", "Բլինքենը շնորհակալություն հայտնեց Ալիևին զանգի համար։", "Բլինքենին շնորհակալություն հայտնեց Ալիևը զանգի համար։"],
    ["hy", "Բլինքենը կոչ արեց Ադրբեջանին հարգել Հայաստանի տարածքային ամբողջականությունը։", "Բլինքենը կոչ արեց Հայաստանին հարգել Ադրբեջանի տարածքային ամբողջականությունը։"],
    ["hy", "Նախարարը շնորհակալություն հայտնեց դեսպանին այցի համար։", "Դեսպանը շնորհակալություն հայտնեց նախարարին այցի համար։"],
  ])("%s: %s → %s", (language, a, b) => {
    expect(classes(a, b, language).length).toBeGreaterThan(0);
    expect(classes(a, b, language).every((entry) => entry === "fact/role")).toBe(true);
  });

  test("only the swap's edits: another edit of the pair keeps its class", () => {
    expect(edits("Blinken thanked Aliyev for the call.", "Aliyev thanked Blinken for the call on Monday.")).toEqual([
      ["Blinken thanked ", "", "fact", "role"],
      ["", "thanked Blinken ", "fact", "role"],
      ["", " on Monday", "fact", "date"],
    ]);
  });

  test("the words kept and only reordered are never wording or typographic", () => {
    for (const [a, b] of [
      ["Blinken thanked Aliyev.", "Aliyev thanked Blinken."],
      ["Armenia thanked Azerbaijan.", "Azerbaijan thanked Armenia."],
      ["Blinken thanked Aliyev for the call.", "Blinken was thanked by Aliyev for the call."],
    ]) {
      const found = diffVersions(a, b, "en");
      expect(found.counts.wording + found.counts.typographic).toBe(0);
      expect(found.counts.fact).toBe(found.edits.length);
    }
  });
});

describe("what is no swap keeps its class", () => {
  test("a party renamed, in English, Russian and Armenian", () => {
    expect(edits("Blinken thanked Aliyev for the call.", "Blinken thanked Pashinyan for the call.")).toEqual([["Aliyev", "Pashinyan", "fact", "name"]]);
    expect(edits("Блинкен поблагодарил Алиева за звонок.", "Блинкен поблагодарил Пашиняна за звонок.", "ru")).toEqual([["Алиева", "Пашиняна", "fact", "name"]]);
    expect(edits("Բլինքենը շնորհակալություն հայտնեց Ալիևին զանգի համար։", "Բլինքենը շնորհակալություն հայտնեց Փաշինյանին զանգի համար։", "hy")).toEqual([["Ալիևին", "Փաշինյանին", "fact", "name"]]);
    // One party gone, another come: no party swapped places with another.
    expect(classes("Blinken thanked Aliyev for the call.", "Aliyev thanked Mirzoyan for the call.")).not.toContain("fact/role");
  });

  test.each([
    // A list's items in another order, a companion, a reciprocal verb: the relation reads the same both ways.
    ["en", "Blinken and Aliyev discussed the peace process.", "Aliyev and Blinken discussed the peace process."],
    ["en", "Secretary Blinken and President Aliyev discussed the talks.", "President Aliyev and Secretary Blinken discussed the talks."],
    ["en", "The talks between Armenia and Azerbaijan resumed.", "The talks between Azerbaijan and Armenia resumed."],
    ["en", "Envoys from Armenia, Azerbaijan and Georgia attended.", "Envoys from Azerbaijan, Armenia and Georgia attended."],
    ["en", "Blinken spoke with Aliyev on Monday.", "Aliyev spoke with Blinken on Monday."],
    ["en", "Blinken met Aliyev in Washington.", "Aliyev met Blinken in Washington."],
    ["en", "Blinken will meet Aliyev in Washington.", "Aliyev will meet Blinken in Washington."],
    ["ru", "Блинкен встретился с Алиевым в Вашингтоне.", "Алиев встретился с Блинкеном в Вашингтоне."],
    ["ru", "Блинкен и Алиев обсудили мирный процесс.", "Алиев и Блинкен обсудили мирный процесс."],
    ["hy", "Բլինքենը հանդիպեց Ալիևի հետ Վաշինգտոնում։", "Ալիևը հանդիպեց Բլինքենի հետ Վաշինգտոնում։"],
    ["hy", "Բլինքենը և Ալիևը քննարկեցին խաղաղության գործընթացը։", "Ալիևը և Բլինքենը քննարկեցին խաղաղության գործընթացը։"],
    // The words moved with their case endings: the order changed, the roles did not.
    ["ru", "Блинкен поблагодарил Алиева за звонок.", "Алиева поблагодарил Блинкен за звонок."],
    ["hy", "Բլինքենը շնորհակալություն հայտնեց Ալիևին զանգի համար։", "Ալիևին շնորհակալություն հայտնեց Բլինքենը զանգի համար։"],
    // The voice turned with the names: the same roles (roles.ts reads both).
    ["en", "Blinken thanked Aliyev for the call.", "Aliyev was thanked by Blinken for the call."],
    // A phrase moved to the front.
    ["en", "Blinken thanked Aliyev in Washington on Monday.", "In Washington on Monday, Blinken thanked Aliyev."],
  ])("%s: %s → %s", (language, a, b) => {
    expect(classes(a, b, language)).not.toContain("fact/role");
  });
});

// Word pools for the properties: parties that are names (with Russian case forms), verbs of a directed act (none of
// roles.ts's reciprocal verbs) and what the act was about.
const NAMES = ["Blinken", "Aliyev", "Pashinyan", "Mirzoyan", "Bayramov", "Lavrov", "Reeker", "Kobakhidze"];
const TITLES = ["", "Secretary ", "President ", "Minister ", "Ambassador "];
const VERBS = ["thanked", "urged", "praised", "called", "briefed", "told", "warned", "invited", "assured", "reminded"];
const TOPICS = ["", " for the call", " about the border talks", " on the release of the detainees", " to return to the negotiations", " in Washington"];
const LEADS = ["", "The call lasted an hour. ", "On Tuesday the sides spoke again. "];

/** [nominative, accusative] of Russian surnames of the masculine -ов/-ин/consonant declension (Wade 2011). */
const RUSSIAN_NAMES: [string, string][] = [
  ["Блинкен", "Блинкена"],
  ["Алиев", "Алиева"],
  ["Пашинян", "Пашиняна"],
  ["Мирзоян", "Мирзояна"],
  ["Байрамов", "Байрамова"],
  ["Лавров", "Лаврова"],
];
const RUSSIAN_VERBS = ["поблагодарил", "призвал", "пригласил", "поддержал", "проинформировал", "предупредил"];
const RUSSIAN_TOPICS = ["", " за звонок", " по телефону", " в среду"];

const twoOf = (count: number) =>
  fc
    .tuple(fc.nat(count - 1), fc.nat(count - 2))
    .map(([x, y]) => [x, y >= x ? y + 1 : y] as const);

describe("properties", () => {
  test("English: swapping the two parties always yields fact/role edits; renaming one to a new name never yields 'role'", () => {
    fc.assert(
      fc.property(
        fc.tuple(twoOf(NAMES.length), fc.nat(NAMES.length - 1), fc.constantFrom(...TITLES), fc.constantFrom(...TITLES), fc.constantFrom(...VERBS), fc.constantFrom(...TOPICS), fc.constantFrom(...LEADS)),
        ([[x, y], z, titleX, titleY, verb, topic, lead]) => {
          const first = `${titleX}${NAMES[x]}`;
          const second = `${titleY}${NAMES[y]}`;
          const a = `${lead}${first} ${verb} ${second}${topic}.`;
          expect(allRole(a, `${lead}${second} ${verb} ${first}${topic}.`)).toBe(true);
          // A third name, new to the sentence, in either party's place.
          if (z === x || z === y) return;
          expect(classes(a, `${lead}${first} ${verb} ${titleY}${NAMES[z]}${topic}.`)).not.toContain("fact/role");
          expect(classes(a, `${lead}${titleX}${NAMES[z]} ${verb} ${second}${topic}.`)).not.toContain("fact/role");
        },
      ),
      { numRuns: 150 },
    );
  });

  test("Russian: swapped parties (places or case endings) yield fact/role edits; renaming one never yields 'role'", () => {
    fc.assert(
      fc.property(fc.tuple(twoOf(RUSSIAN_NAMES.length), fc.nat(RUSSIAN_NAMES.length - 1), fc.constantFrom(...RUSSIAN_VERBS), fc.constantFrom(...RUSSIAN_TOPICS)), ([[x, y], z, verb, topic]) => {
        const [nomX, accX] = RUSSIAN_NAMES[x];
        const [nomY, accY] = RUSSIAN_NAMES[y];
        const a = `${nomX} ${verb} ${accY}${topic}.`;
        expect(allRole(a, `${nomY} ${verb} ${accX}${topic}.`, "ru")).toBe(true);
        expect(allRole(a, `${accX} ${verb} ${nomY}${topic}.`, "ru")).toBe(true);
        // The same roles with the words in another order: no swap.
        expect(classes(a, `${accY} ${verb} ${nomX}${topic}.`, "ru")).not.toContain("fact/role");
        if (z === x || z === y) return;
        expect(classes(a, `${nomX} ${verb} ${RUSSIAN_NAMES[z][1]}${topic}.`, "ru")).not.toContain("fact/role");
      }),
      { numRuns: 100 },
    );
  });
});
