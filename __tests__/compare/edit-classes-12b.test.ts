/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import { classifyEdit, diffVersions } from "@/lib/compare/versions";
import { distinguishingHyphenPairs } from "@/lib/compare/versions/hyphen-homographs";

/**
 * The second tester pass on issue 12 (tester12b: A0–A3, A5, B1, B2, C6, C8, C13): every example with its exact
 * classes and reasons (docs/edit-classes.md), and a property per kind with many members.
 */
const T = " The delegations then left the hall.";
const EN = { language: "en", sentenceInitial: false };
const row = (a: string, b: string, language: string) => {
  const diff = diffVersions(a, b, language);
  return { edits: diff.edits.map((edit) => [edit.before, edit.after, edit.class, edit.reason]), relations: diff.pairs.map((pair) => pair.relation) };
};

describe("tester 12b's examples: exact class and reason of every edit", () => {
  test.each([
    ["A0: re-sign, $ → €, minister → Minister on one page", "Minister Arvid said he would re-sign the fisheries accord. The mission cost $3 million in total. The envoy met the minister in the capital.", "Minister Arvid said he would resign the fisheries accord. The mission cost €3 million in total. The envoy met the Minister in the capital.", "en", [["re-sign", "resign", "unclassified", "unknown"], ["$", "€", "fact", "unit"], ["minister", "Minister", "wording", "notation"]], ["changed", "changed", "changed"]],
    ["A1: re-sign → resign", "He said he would re-sign the accord." + T, "He said he would resign the accord." + T, "en", [["re-sign", "resign", "unclassified", "unknown"]], ["changed", "equal"]],
    ["A1: re-count → recount", "The board will re-count the ballots." + T, "The board will recount the ballots." + T, "en", [["re-count", "recount", "unclassified", "unknown"]], ["changed", "equal"]],
    ["A1: re-form → reform", "The groups will re-form next year." + T, "The groups will reform next year." + T, "en", [["re-form", "reform", "unclassified", "unknown"]], ["changed", "equal"]],
    ["A1: re-press → repress", "The police would re-press the crowd." + T, "The police would repress the crowd." + T, "en", [["re-press", "repress", "unclassified", "unknown"]], ["changed", "equal"]],
    ["A1: SWIFT → swift", "Banks were cut off from SWIFT last year." + T, "Banks were cut off from swift last year." + T, "en", [["SWIFT", "swift", "fact", "name"]], ["changed", "equal"]],
    ["A1: UNICEF → unicef", "The plan was backed by UNICEF officials." + T, "The plan was backed by unicef officials." + T, "en", [["UNICEF", "unicef", "fact", "name"]], ["changed", "equal"]],
    ["A1: Turkey → turkey where two sentences merge", "Officials met on Monday. Turkey joined." + T, "Officials met on Monday, turkey joined." + T, "en", [[".", ",", "wording", "punctuation"], ["Turkey", "turkey", "fact", "place"]], ["merged", "equal"]],
    ["A2.1: UK → British", "The UK envoy spoke." + T, "The British envoy spoke." + T, "en", [["UK", "British", "wording", "notation"]], ["changed", "equal"]],
    ["A2.1: EU → European Union", "The EU envoy spoke." + T, "The European Union envoy spoke." + T, "en", [["EU", "European Union", "wording", "notation"]], ["changed", "equal"]],
    ["A2.1: The Armenian → Armenia's", "The Armenian prime minister spoke." + T, "Armenia's prime minister spoke." + T, "en", [["The Armenian", "Armenia's", "wording", "notation"]], ["changed", "equal"]],
    ["A2.2: minister → Minister", "The envoy met the minister." + T, "The envoy met the Minister." + T, "en", [["minister", "Minister", "wording", "notation"]], ["changed", "equal"]],
    ["A2.2: Head of Mission → head of mission", "He met the Head of Mission." + T, "He met the head of mission." + T, "en", [["Head", "head", "wording", "notation"], ["Mission", "mission", "wording", "notation"]], ["changed", "equal"]],
    ["A2.2: Gonzalez → González", "He met Gonzalez there." + T, "He met González there." + T, "en", [["Gonzalez", "González", "wording", "notation"]], ["changed", "equal"]],
    ["A2.2: Müller → Muller", "He met Müller there." + T, "He met Muller there." + T, "en", [["Müller", "Muller", "wording", "notation"]], ["changed", "equal"]],
    ["A2.3: 10 bn → 10bn", "The deal is worth 10 bn." + T, "The deal is worth 10bn." + T, "en", [["10 bn", "10bn", "wording", "notation"]], ["changed", "equal"]],
    ["A2.3: 1st → 1 st", "It was the 1st meeting." + T, "It was the 1 st meeting." + T, "en", [["1st", "1 st", "wording", "notation"]], ["changed", "equal"]],
    ["A2.3: 08:00 → 08.00", "Ceasefire from 08:00." + T, "Ceasefire from 08.00." + T, "en", [["08:00", "08.00", "wording", "notation"]], ["changed", "equal"]],
    ["A2.3: ½ → 1/2", "They split it ½ each." + T, "They split it 1/2 each." + T, "en", [["½", "1/2", "wording", "notation"]], ["changed", "equal"]],
    ["A2.3: 5-A → 5A", "They met in room 5-A." + T, "They met in room 5A." + T, "en", [["5-A", "5A", "wording", "notation"]], ["changed", "equal"]],
    ["A2.3: 5% → 5 percent", "Prices rose by 5% last year." + T, "Prices rose by 5 percent last year." + T, "en", [["%", " percent", "wording", "notation"]], ["changed", "equal"]],
    ["A2.4: March 12 → 12 March", "They met on March 12 in Vienna." + T, "They met on 12 March in Vienna." + T, "en", [["March ", "", "wording", "notation"], ["", "March ", "wording", "notation"]], ["changed", "equal"]],
    ["A2.8: did not → didn’t", "The minister did not attend." + T, "The minister didn’t attend." + T, "en", [["did not", "didn’t", "wording", "notation"]], ["changed", "equal"]],
    ["A2.8: will not → won't", "The minister will not attend." + T, "The minister won't attend." + T, "en", [["will not", "won't", "wording", "notation"]], ["changed", "equal"]],
    ["A2.8: did not → didnt", "The minister did not attend." + T, "The minister didnt attend." + T, "en", [["did not", "didnt", "wording", "notation"]], ["changed", "equal"]],
    ["B2: can't → can (negation, not modality)", "The minister can't attend." + T, "The minister can attend." + T, "en", [["can't", "can", "fact", "negation"]], ["changed", "equal"]],
    ["A3: $ → €", "It cost $3 million in total." + T, "It cost €3 million in total." + T, "en", [["$", "€", "fact", "unit"]], ["changed", "equal"]],
    ["A3: . → ?", "The talks ended." + T, "The talks ended?" + T, "en", [[".", "?", "fact", "modality"]], ["changed", "equal"]],
    ["A3: quotation marks added", "He said peace was near." + T, "He said “peace was near”." + T, "en", [["", "“", "unclassified", "unknown"], ["", "”", "unclassified", "unknown"]], ["changed", "equal"]],
    ["B1: под домашний арест dropped", "Заключённые были освобождены под домашний арест. Делегации затем покинули зал.", "Заключённые были освобождены. Делегации затем покинули зал.", "ru", [[" под домашний арест", "", "fact", "qualifier"]], ["changed", "equal"]],
    ["B1: во вторник → в среду", "Министры встретились во вторник. Делегации затем покинули зал.", "Министры встретились в среду. Делегации затем покинули зал.", "ru", [["во вторник", "в среду", "fact", "date"]], ["changed", "equal"]],
    ["B1: госсекретарём → министром иностранных дел", "Он встретился с госсекретарём. Делегации затем покинули зал.", "Он встретился с министром иностранных дел. Делегации затем покинули зал.", "ru", [["госсекретарём", "министром иностранных дел", "fact", "title"]], ["changed", "equal"]],
    ["B1: подтвердил → опроверг", "Министр подтвердил визит. Делегации затем покинули зал.", "Министр опроверг визит. Делегации затем покинули зал.", "ru", [["подтвердил", "опроверг", "fact", "relation"]], ["changed", "equal"]],
    ["B1: возможна → невозможна", "Министр сказал, что встреча возможна. Делегации затем покинули зал.", "Министр сказал, что встреча невозможна. Делегации затем покинули зал.", "ru", [["возможна", "невозможна", "fact", "negation"]], ["changed", "equal"]],
    ["B1: состоится → уже состоялась", "Министр сказал, что встреча состоится. Делегации затем покинули зал.", "Министр сказал, что встреча уже состоялась. Делегации затем покинули зал.", "ru", [["состоится", "уже состоялась", "fact", "tense"]], ["changed", "equal"]],
    ["B1: տնային կալանքի dropped", "Բանտարկյալները ազատվել են տնային կալանքի։ Պատվիրակությունները հետո լքեցին դահլիճը։", "Բանտարկյալները ազատվել են։ Պատվիրակությունները հետո լքեցին դահլիճը։", "hy", [[" տնային կալանքի", "", "fact", "qualifier"]], ["changed", "equal"]],
    ["B1: երեքշաբթի → չորեքշաբթի", "Նախարարները հանդիպեցին երեքշաբթի։ Պատվիրակությունները հետո լքեցին դահլիճը։", "Նախարարները հանդիպեցին չորեքշաբթի։ Պատվիրակությունները հետո լքեցին դահլիճը։", "hy", [["երեքշաբթի", "չորեքշաբթի", "fact", "date"]], ["changed", "equal"]],
    ["B1: նախագահի → արտգործնախարարի", "Նա հանդիպեց նախագահի հետ։ Պատվիրակությունները հետո լքեցին դահլիճը։", "Նա հանդիպեց արտգործնախարարի հետ։ Պատվիրակությունները հետո լքեցին դահլիճը։", "hy", [["նախագահի", "արտգործնախարարի", "fact", "title"]], ["changed", "equal"]],
    ["B1: առաջ → հետո", "Հանդիպումը տեղի ունեցավ բանակցություններից առաջ։ Պատվիրակությունները հետո լքեցին դահլիճը։", "Հանդիպումը տեղի ունեցավ բանակցություններից հետո։ Պատվիրակությունները հետո լքեցին դահլիճը։", "hy", [["առաջ", "հետո", "fact", "relation"]], ["changed", "equal"]],
    ["B1: ազատվեցին → ձերբակալվեցին", "Գերիները ազատվեցին երեկ։ Պատվիրակությունները հետո լքեցին դահլիճը։", "Գերիները ձերբակալվեցին երեկ։ Պատվիրակությունները հետո լքեցին դահլիճը։", "hy", [["ազատվեցին", "ձերբակալվեցին", "fact", "relation"]], ["changed", "equal"]],
    ["B2: twenty-five → twenty-six", "They freed twenty-five soldiers." + T, "They freed twenty-six soldiers." + T, "en", [["twenty-five", "twenty-six", "fact", "number"]], ["changed", "equal"]],
    ["B2: bn → mn", "The deal is worth 10 bn." + T, "The deal is worth 10 mn." + T, "en", [["bn", "mn", "fact", "number"]], ["changed", "equal"]],
    ["B2: km → miles", "The road is 12 km long." + T, "The road is 12 miles long." + T, "en", [["km", "miles", "fact", "unit"]], ["changed", "equal"]],
    ["B2: hours → days", "The talks lasted 2 hours." + T, "The talks lasted 2 days." + T, "en", [["hours", "days", "fact", "date"]], ["changed", "equal"]],
    ["B2: former dropped", "He spoke with the former president on Monday." + T, "He spoke with the president on Monday." + T, "en", [["former ", "", "fact", "title"]], ["changed", "equal"]],
    ["B2: acting dropped", "He spoke with the acting president on Monday." + T, "He spoke with the president on Monday." + T, "en", [["acting ", "", "fact", "title"]], ["changed", "equal"]],
    ["B2: About → Exactly", "About 40 people were held." + T, "Exactly 40 people were held." + T, "en", [["About", "Exactly", "fact", "number"]], ["changed", "equal"]],
    ["B2: allegedly dropped", "The envoy was allegedly detained." + T, "The envoy was detained." + T, "en", [["allegedly ", "", "fact", "modality"]], ["changed", "equal"]],
    ["B2: reportedly dropped", "The envoy was reportedly detained." + T, "The envoy was detained." + T, "en", [["reportedly ", "", "fact", "modality"]], ["changed", "equal"]],
    ["B2: hardly added", "The sides agreed." + T, "The sides hardly agreed." + T, "en", [["", "hardly ", "fact", "negation"]], ["changed", "equal"]],
    ["B2: in → outside", "The talks were held in the capital." + T, "The talks were held outside the capital." + T, "en", [["in", "outside", "fact", "relation"]], ["changed", "equal"]],
    ["B2: spring → autumn", "They met in the spring in Vienna." + T, "They met in the autumn in Vienna." + T, "en", [["spring", "autumn", "fact", "date"]], ["changed", "equal"]],
    ["B2: noon → midnight", "They met at noon in Vienna." + T, "They met at midnight in Vienna." + T, "en", [["noon", "midnight", "fact", "date"]], ["changed", "equal"]],
    ["B2: this month → this year", "They met earlier this month in Vienna." + T, "They met earlier this year in Vienna." + T, "en", [["month", "year", "fact", "date"]], ["changed", "equal"]],
    ["B2: rose → fell", "Prices rose sharply." + T, "Prices fell sharply." + T, "en", [["rose", "fell", "fact", "relation"]], ["changed", "equal"]],
    ["B2: released → arrested", "The prisoners were released." + T, "The prisoners were arrested." + T, "en", [["released", "arrested", "fact", "relation"]], ["changed", "equal"]],
    ["B2: entered → left", "The army entered the town." + T, "The army left the town." + T, "en", [["entered", "left", "fact", "relation"]], ["changed", "equal"]],
    ["B2: killed → injured", "The attack killed 3 people." + T, "The attack injured 3 people." + T, "en", [["killed", "injured", "fact", "relation"]], ["changed", "equal"]],
    ["B2: a clause added inside a sentence", "The talks were calm." + T, "The talks were calm and constructive, officials said, adding that progress was made on the border." + T, "en", [["", " and constructive, officials said, adding that progress was made on the border", "fact", "clause"]], ["changed", "equal"]],
    ["C8: 30°C → 30°F", "Temperatures hit 30°C." + T, "Temperatures hit 30°F." + T, "en", [["C", "F", "fact", "unit"]], ["changed", "equal"]],
    // Session 17, tester T3 #19: white space changed inside a sentence is an edit, so its pair is changed, not equal.
    ["T3 #19: a space made no-break inside a sentence", "The envoys met on Monday." + T, "The envoys met on\u00a0Monday." + T, "en", [[" ", "\u00a0", "typographic", "typography"]], ["changed", "equal"]],
    ["T3 #19: a tab for a space", "The envoys met on Monday." + T, "The envoys met\ton Monday." + T, "en", [[" ", "\t", "typographic", "typography"]], ["changed", "equal"]],
    ["T3 #19: a space doubled", "The envoys met on Monday." + T, "The envoys  met on Monday." + T, "en", [[" ", "  ", "typographic", "typography"]], ["changed", "equal"]],
    ["C13: the Armenian hyphen", "Հայ-ադրբեջանական բանակցությունները շարունակվեցին։ Պատվիրակությունները հետո լքեցին դահլիճը։", "Հայ֊ադրբեջանական բանակցությունները շարունակվեցին։ Պատվիրակությունները հետո լքեցին դահլիճը։", "hy", [["Հայ-ադրբեջանական", "Հայ֊ադրբեջանական", "typographic", "typography"]], ["changed", "equal"]],
    ["C6: 5 → -5 (the pair is changed, not equal)", "The temperature was 5 degrees." + T, "The temperature was -5 degrees." + T, "en", [["", "-", "fact", "number"]], ["changed", "equal"]],
  ] as [string, string, string, string, string[][], string[]][])("%s", (_label, a, b, language, edits, relations) => {
    expect(row(a, b, language)).toEqual({ edits, relations });
    // Classes are symmetric: the same edits read backwards get the same classes.
    expect(row(b, a, language).edits.map((edit) => [edit[2], edit[3]])).toEqual(edits.map((edit) => [edit[2], edit[3]]));
  });
});

describe("kinds with many members (properties)", () => {
  test("a hyphen that tells two words apart is never typographic; one that does not stays typographic", () => {
    fc.assert(
      fc.property(fc.constantFrom(...distinguishingHyphenPairs()), fc.boolean(), ([hyphenated, joined], flip) => {
        expect(classifyEdit(flip ? joined : hyphenated, flip ? hyphenated : joined, EN).class).not.toBe("typographic");
      }),
    );
    // Inflected forms through their stems.
    for (const [x, y] of [["re-signed", "resigned"], ["re-counts", "recounts"], ["re-formed", "reformed"], ["re-covering", "recovering"]])
      expect(classifyEdit(x, y, EN)).toEqual({ class: "unclassified", reason: "unknown" });
    for (const [x, y] of [["co-operation", "cooperation"], ["re-election", "reelection"], ["cease-fire", "ceasefire"], ["peace-keeping", "peacekeeping"]])
      expect(classifyEdit(x, y, EN)).toEqual({ class: "typographic", reason: "typography" });
  });

  test("a lone acronym lower-cased mid-sentence is never typographic", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z]{2,6}$/), (acronym) => {
        const verdict = classifyEdit(acronym, acronym.toLowerCase(), EN);
        expect(verdict.class).toBe("fact");
      }),
    );
    // Shouted text (two words in capitals, or Greek capitals without their accents) stays typographic.
    expect(classifyEdit("PEACE TALKS", "peace talks", EN)).toEqual({ class: "typographic", reason: "typography" });
    expect(classifyEdit("ΣΟΦΟΣ", "σοφός", { language: "el", sentenceInitial: false })).toEqual({ class: "typographic", reason: "typography" });
  });

  const AUXILIARIES = ["did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "could", "would", "should", "must"];
  test("an English negation written with or without its contraction is wording; dropped, it is a negation", () => {
    fc.assert(
      fc.property(fc.constantFrom(...AUXILIARIES, "will", "can", "shall"), fc.constantFrom("’", "'"), (auxiliary, apostrophe) => {
        const contracted = { will: "won", can: "can", shall: "shan" }[auxiliary as "will" | "can" | "shall"] ?? auxiliary + "n";
        const short = `${contracted}${auxiliary === "can" ? "" : ""}${apostrophe}t`.replace(/^cann/u, "can");
        const long = `${auxiliary} not`;
        expect(classifyEdit(long, short, EN)).toEqual({ class: "wording", reason: "notation" });
        expect(classifyEdit(short, auxiliary, EN)).toEqual({ class: "fact", reason: "negation" });
      }),
    );
  });

  test("a number written another way is wording; another number is a fact", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.constantFrom("bn", "mn", "km", "kg", "st", "th", "A"), (value, unit) => {
        expect(classifyEdit(`${value} ${unit}`, `${value}${unit}`, EN)).toEqual({ class: "wording", reason: "notation" });
        expect(classifyEdit(`${value}%`, `${value} per cent`, EN)).toEqual({ class: "wording", reason: "notation" });
        expect(classifyEdit(`${value} ${unit}`, `${value + 1}${unit}`, EN)).toEqual({ class: "fact", reason: "number" });
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (hour, minute) => {
        const time = `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
        expect(classifyEdit(time, time.replace(":", "."), EN)).toEqual({ class: "wording", reason: "notation" });
      }),
    );
  });

  const SAME_PLACE: [string, string][] = [
    ["UK", "United Kingdom"], ["UK", "British"], ["US", "American"], ["United States", "American"], ["EU", "European Union"],
    ["UN", "United Nations"], ["Armenian", "Armenia's"], ["Azerbaijani", "Azerbaijan's"], ["Turkish", "Turkey's"], ["French", "France's"],
    ["OSCE", "Organization for Security and Co-operation in Europe"],
  ];
  test("one place or organisation written another way is wording; another place is a fact", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SAME_PLACE), fc.boolean(), ([x, y], flip) => {
        expect(classifyEdit(flip ? y : x, flip ? x : y, EN)).toEqual({ class: "wording", reason: "notation" });
      }),
    );
    expect(classifyEdit("Armenian", "Azerbaijani", EN)).toEqual({ class: "fact", reason: "place" });
    expect(classifyEdit("UK", "French", EN)).toEqual({ class: "fact", reason: "place" });
  });

  const RU_WEEKDAYS = ["понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"];
  const HY_WEEKDAYS = ["երկուշաբթի", "երեքշաբթի", "չորեքշաբթի", "հինգշաբթի", "ուրբաթ", "շաբաթ", "կիրակի"];
  test("a Russian or Armenian weekday swapped for another is a date", () => {
    for (const [language, days] of [["ru", RU_WEEKDAYS], ["hy", HY_WEEKDAYS]] as const)
      fc.assert(
        fc.property(fc.constantFrom(...days), fc.constantFrom(...days), fc.constantFrom("", "ին"), (x, y, ending) => {
          fc.pre(x !== y);
          const suffix = language === "hy" ? ending : "";
          expect(classifyEdit(x + suffix, y + suffix, { language, sentenceInitial: false })).toEqual({ class: "fact", reason: "date" });
        }),
      );
  });
});

describe("Russian and Armenian places are places, not just names (tester 12b C8)", () => {
  test.each([
    ["Вене", "Женеве", "ru"],
    ["Вене", "Москве", "ru"],
    ["Ереване", "Баку", "ru"],
    ["Երևանում", "Բաքվում", "hy"],
    ["Վիեննայում", "Ժնևում", "hy"],
  ])("%p → %p is a place", (before, after, language) => {
    expect(classifyEdit(before, after, { language, sentenceInitial: false })).toEqual({ class: "fact", reason: "place" });
  });

  test("a person's name stays a name", () => {
    expect(classifyEdit("Алиевым", "Пашиняном", { language: "ru", sentenceInitial: false })).toEqual({ class: "fact", reason: "name" });
  });
});

describe("pairing (tester 12b A2.6, A2.7, A2.9, A5)", () => {
  const pre = "The ministers met in Vienna on Tuesday. ";
  const post = " The meeting lasted two hours.";
  test.each([
    ["He welcomed the release of prisoners.", "He praised the freeing of detainees."],
    ["The sides discussed trade and energy links.", "The parties talked about commerce and power connections."],
    ["Blinken urged restraint from both leaders.", "The Secretary called on the two presidents to show restraint."],
  ])("a sentence reworded between two unchanged ones is one changed pair: %p", (a, b) => {
    const diff = diffVersions(pre + a + post, pre + b + post);
    expect(diff.pairs.map((pair) => [pair.relation, pair.aSentences, pair.bSentences])).toEqual([
      ["equal", [0], [0]],
      ["changed", [1], [1]],
      ["equal", [2], [2]],
    ]);
    expect(diff.edits.some((edit) => edit.reason === "added-sentence" || edit.reason === "removed-sentence")).toBe(false);
  });

  test("pairs by place alone never make two texts versions", () => {
    const diff = diffVersions(pre + "He welcomed the release of prisoners." + post, pre + "He praised the freeing of detainees." + post);
    // Words of the two unchanged sentences only: (7 + 5) × 2 of 36.
    expect(diff.pairedShare).toBe(0.667);
  });

  const S = ["The ministers met in Vienna on Tuesday.", "They talked for two hours.", "They discussed the border.", "They discussed the prisoners.", "A statement was issued afterwards."];
  const merged = [S[0], "They talked for two hours, discussed the border and discussed the prisoners.", S[4]].join(" ");
  test("three sentences merged into one are one pair, nothing removed; and split back, nothing added", () => {
    expect(diffVersions(S.join(" "), merged).pairs.map((pair) => [pair.relation, pair.aSentences, pair.bSentences])).toEqual([
      ["equal", [0], [0]],
      ["merged", [1, 2, 3], [1]],
      ["equal", [4], [2]],
    ]);
    expect(diffVersions(merged, S.join(" ")).pairs.map((pair) => [pair.relation, pair.aSentences, pair.bSentences])).toEqual([
      ["equal", [0], [0]],
      ["split", [1], [1, 2, 3]],
      ["equal", [2], [4]],
    ]);
  });

  test("a time phrase moved into a new sentence is a split, not a dropped date and an added sentence", () => {
    const diff = diffVersions(pre + "They agreed to resume talks on a peace treaty next month." + post, pre + "They agreed to resume talks on a peace treaty. The talks will start next month." + post);
    expect(diff.pairs.map((pair) => [pair.relation, pair.aSentences, pair.bSentences])).toEqual([
      ["equal", [0], [0]],
      ["split", [1], [1, 2]],
      ["equal", [2], [3]],
    ]);
    expect(diff.edits.map((edit) => [edit.before, edit.after, edit.class, edit.reason])).toEqual([["", ". The talks will start", "fact", "modality"]]);
  });

  const SHORT = ["Ministers met in Vienna today.", "They discussed border security.", "Both praised the ceasefire.", "Aid convoys will resume soon.", "Observers will visit next week.", "The talks ended late."];
  const TWO_SWAPS = ["Envoys gathered in Vienna today.", "They debated frontier security.", "Both welcomed the truce.", "Relief convoys will restart soon.", "Monitors will come next week.", "The negotiations finished late."];
  test("six short sentences with two words swapped in each are versions, every sentence paired", () => {
    const comparison = compare([
      { id: "a", label: "A", text: SHORT.join(" ") },
      { id: "b", label: "B", text: TWO_SWAPS.join(" ") },
    ]);
    expect(comparison.versions.map((version) => [version.aId, version.bId, version.pairedShare])).toEqual([["a", "b", 0.852]]);
    expect(comparison.versions[0].sentencePairs!.map((pair) => pair.relation)).toEqual(Array(6).fill("changed"));
  });

  test("short texts that share no sentence are still no versions", () => {
    const comparison = compare([
      { id: "a", label: "A", text: SHORT.join(" ") },
      { id: "b", label: "B", text: "Fishing quotas were set for the spring. A customs post opened on the river. Grain prices fell in March." },
    ]);
    expect(comparison.versions).toEqual([]);
  });
});
