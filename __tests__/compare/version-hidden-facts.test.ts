/** @jest-environment node */
import { classifyEdit } from "@/lib/compare/versions";
import { versionEdits as edits } from "../helpers/version-edits";

/**
 * Session 17, tester H4: edits that change a fact but were classed wording or typographic (hidden). Each example is read
 * through diffVersions with its exact edits, classes and reasons; the old classes are in the test names.
 */
describe("#1 number characters that are no digits (were wording/punctuation)", () => {
  test("a vulgar fraction added after a number, or changed, is a number fact", () => {
    expect(edits("The talks lasted 2 hours.", "The talks lasted 2½ hours.")).toEqual([["", "½", "fact", "number"]]);
    expect(edits("The talks lasted 2¼ hours.", "The talks lasted 2½ hours.")).toEqual([["¼", "½", "fact", "number"]]);
    expect(edits("The talks lasted 2½ hours.", "The talks lasted 2¾ hours.")).toEqual([["½", "¾", "fact", "number"]]);
    expect(edits("The talks lasted ½ hour.", "The talks lasted ⅓ hour.")).toEqual([["½", "⅓", "fact", "number"]]);
  });

  test("the same value written another way is notation: a fraction character, a fraction of digits, a decimal", () => {
    expect(edits("The talks lasted 2½ hours.", "The talks lasted 2 1/2 hours.")).toEqual([["½", " 1/2", "wording", "notation"]]);
    expect(edits("The talks lasted 2½ hours.", "The talks lasted 2.5 hours.")).toEqual([["2½", "2.5", "wording", "notation"]]);
    expect(edits("The talks lasted ¾ of an hour.", "The talks lasted 3/4 of an hour.")).toEqual([["¾", "3/4", "wording", "notation"]]);
    expect(edits("The talks lasted ½ hour.", "The talks lasted 0.5 hour.")).toEqual([["½", "0.5", "wording", "notation"]]);
    // Russian writes the decimal comma; a point there is another number (docs/edit-classes.md, the number rule).
    expect(edits("Переговоры длились 2½ часа.", "Переговоры длились 2,5 часа.", "ru")).toEqual([["2½", "2,5", "wording", "notation"]]);
    expect(edits("Переговоры длились 2½ часа.", "Переговоры длились 2.5 часа.", "ru")).toEqual([["2½", "2.5", "fact", "number"]]);
  });

  test("a fraction glued to the digits is no mixed number, nor a superscript after a number its digit (NFKC misreads both)", () => {
    expect(edits("The talks lasted 2½ hours.", "The talks lasted 21/2 hours.")).toEqual([["2½", "21/2", "fact", "number"]]);
    expect(edits("The area is 10² km.", "The area is 102 km.")).toEqual([["10²", "102", "fact", "number"]]);
    expect(classifyEdit("½", "1/2", { language: "en", sentenceInitial: false, digitPrecedes: true })).toEqual({ class: "fact", reason: "number" });
  });

  test("superscripts, circled numbers and the signs after a number (° ×) are what they count", () => {
    expect(edits("The area is 5 km².", "The area is 5 km³.")).toEqual([["²", "³", "fact", "number"]]);
    expect(edits("Point ① was agreed.", "Point ② was agreed.")).toEqual([["①", "②", "fact", "number"]]);
    expect(edits("It was 30° in Baku.", "It was 30 in Baku.")).toEqual([["°", "", "fact", "unit"]]);
    expect(edits("The area grew 2×.", "The area grew 2.")).toEqual([["×", "", "fact", "unit"]]);
    expect(edits("CO₂ emissions fell.", "CO2 emissions fell.")).toEqual([["CO₂", "CO2", "typographic", "typography"]]);
  });
});

describe("#2 and #7: an article before 'few', 'little', 'most' (was wording/function-word)", () => {
  test("almost none becomes some, a majority a superlative: scope", () => {
    expect(edits("Few detainees were freed.", "A few detainees were freed.")).toEqual([["Few", "A few", "fact", "scope"]]);
    expect(edits("Little was achieved.", "A little was achieved.")).toEqual([["Little", "A little", "fact", "scope"]]);
    expect(edits("Most detainees were freed.", "The most detainees were freed.")).toEqual([["Most", "The most", "fact", "scope"]]);
    expect(edits("There were few detainees freed.", "There were a few detainees freed.")).toEqual([["", "a ", "fact", "scope"]]);
    expect(edits("They freed most detainees.", "They freed the most detainees.")).toEqual([["", "the ", "fact", "scope"]]);
    expect(edits("A few detainees were freed.", "The few detainees were freed.")).toEqual([["A", "The", "fact", "scope"]]);
  });

  test("an article swapped for a possessive or demonstrative is one function word for another: unclassified (docs, rule 11)", () => {
    expect(edits("He welcomed the commitment.", "He welcomed their commitment.")).toEqual([["the", "their", "unclassified", "unknown"]]);
    expect(edits("He welcomed the commitment.", "He welcomed that commitment.")).toEqual([["the", "that", "unclassified", "unknown"]]);
    expect(edits("He welcomed this commitment.", "He welcomed the commitment.")).toEqual([["this", "the", "unclassified", "unknown"]]);
    // Two articles stay variants of one another (the eval's function-word case).
    expect(edits("The sides agreed on a plan for the corridor.", "The sides agreed on the plan for the corridor.")).toEqual([["a", "the", "wording", "function-word"]]);
  });
});

describe("#3 the particle of a phrasal verb (was wording/function-word)", () => {
  test("dropped or added, it is never wording", () => {
    expect(edits("Baku called off the meeting.", "Baku called the meeting.")).toEqual([["off ", "", "unclassified", "unknown"]]);
    expect(edits("They backed out of the talks.", "They backed the talks.")).toEqual([["out of ", "", "fact", "qualifier"]]);
    expect(edits("They cut off aid.", "They cut aid.")).toEqual([["off ", "", "unclassified", "unknown"]]);
    expect(edits("They held up the deal.", "They held the deal.")).toEqual([["up ", "", "unclassified", "unknown"]]);
    expect(edits("They turned down the offer.", "They turned the offer.")).toEqual([["down ", "", "unclassified", "unknown"]]);
    expect(edits("He stepped down.", "He stepped up.")).toEqual([["down", "up", "fact", "relation"]]);
  });
});

describe("#4 a comparison before an article used as the number one (was wording/function-word)", () => {
  test("'under an hour', 'about an hour', 'up to a week' compare a quantity as with digits", () => {
    expect(edits("The call lasted an hour.", "The call lasted under an hour.")).toEqual([["", "under ", "fact", "number"]]);
    expect(edits("The call lasted an hour.", "The call lasted about an hour.")).toEqual([["", "about ", "fact", "number"]]);
    expect(edits("The call lasted an hour.", "The call lasted over an hour.")).toEqual([["", "over ", "fact", "number"]]);
    expect(edits("The call lasted a week.", "The call lasted up to a week.")).toEqual([["", "up to ", "fact", "number"]]);
    expect(edits("The call lasted one hour.", "The call lasted about one hour.")).toEqual([["", "about ", "fact", "number"]]);
    expect(edits("The minister spoke for half an hour.", "The minister spoke for under half an hour.")).toEqual([["", "under ", "fact", "number"]]);
    expect(edits("About an hour later, talks resumed.", "An hour later, talks resumed.")).toEqual([["About an", "An", "fact", "number"]]);
    expect(edits("About a hundred observers came.", "A hundred observers came.")).toEqual([["About a", "A", "fact", "number"]]);
  });

  test("two approximators of one sense stay a synonym; an article before no unit counts nothing", () => {
    expect(edits("The talks lasted about an hour.", "The talks lasted around an hour.")).toEqual([["about", "around", "wording", "synonym"]]);
    expect(edits("About a plan, they said nothing.", "A plan, they said nothing.")).toEqual([["About a", "A", "wording", "function-word"]]);
  });
});

describe("#5 additive and identity words (were wording/function-word)", () => {
  test("'too', 'as well', 'same', 'further' are scope, as 'also' is", () => {
    expect(edits("He too condemned the strike.", "He condemned the strike.")).toEqual([["too ", "", "fact", "scope"]]);
    expect(edits("Miller, too, welcomed the step.", "Miller welcomed the step.")).toEqual([[", too,", "", "fact", "scope"]]);
    expect(edits("He condemned the strike as well.", "He condemned the strike.")).toEqual([[" as well", "", "fact", "scope"]]);
    expect(edits("They raised the same concerns.", "They raised the concerns.")).toEqual([["same ", "", "fact", "scope"]]);
    expect(edits("Talks are suspended until further notice.", "Talks are suspended until notice.")).toEqual([["further ", "", "fact", "scope"]]);
    expect(edits("Он тоже осудил удар.", "Он осудил удар.", "ru")).toEqual([["тоже ", "", "fact", "scope"]]);
    expect(edits("Նրանք բարձրացրին նույն մտահոգությունները։", "Նրանք բարձրացրին մտահոգությունները։", "hy")).toEqual([["նույն ", "", "fact", "scope"]]);
  });

  test("'as well as' is 'and', no scope word; Russian же and Armenian էլ, which the rules cannot read, are unclassified", () => {
    expect(edits("Blinken as well as Aliyev spoke.", "Blinken and Aliyev spoke.")).toEqual([["as well as", "and", "unclassified", "unknown"]]);
    expect(edits("Они выразили те же опасения.", "Они выразили те опасения.", "ru")).toEqual([["же ", "", "unclassified", "unknown"]]);
    expect(edits("Նա էլ դատապարտեց հարվածը։", "Նա դատապարտեց հարվածը։", "hy")).toEqual([["էլ ", "", "unclassified", "unknown"]]);
  });
});

describe("#6 time, frequency and degree adverbs in Russian and Armenian behave as in English (were wording/function-word)", () => {
  const frames = {
    en: ["Azerbaijan violates the ceasefire.", (word: string) => `Azerbaijan ${word} violates the ceasefire.`],
    ru: ["Азербайджан нарушает режим прекращения огня.", (word: string) => `Азербайджан ${word} нарушает режим прекращения огня.`],
    hy: ["Ադրբեջանը խախտում է հրադադարը։", (word: string) => `Ադրբեջանը ${word} խախտում է հրադադարը։`],
  } as const;
  const inserted = (language: keyof typeof frames, word: string) => edits(frames[language][0], frames[language][1](word), language).map(([, , cls, reason]) => [cls, reason]);

  test("frequency adverbs count occasions: scope, in every language", () => {
    for (const word of ["sometimes", "always", "often", "usually"]) expect([word, inserted("en", word)]).toEqual([word, [["fact", "scope"]]]);
    for (const word of ["иногда", "всегда", "часто", "обычно"]) expect([word, inserted("ru", word)]).toEqual([word, [["fact", "scope"]]]);
    for (const word of ["երբեմն", "միշտ", "հաճախ"]) expect([word, inserted("hy", word)]).toEqual([word, [["fact", "scope"]]]);
  });

  test("'now' and 'finally' are unclassified in each language; 'already' a tense; 'rarely' a negator", () => {
    expect(inserted("en", "now")).toEqual([["unclassified", "unknown"]]);
    for (const word of ["теперь", "сейчас", "наконец", "сам"]) expect([word, inserted("ru", word)]).toEqual([word, [["unclassified", "unknown"]]]);
    expect(inserted("hy", "այժմ")).toEqual([["unclassified", "unknown"]]);
    expect(inserted("ru", "уже")).toEqual([["fact", "tense"]]);
    expect(inserted("hy", "արդեն")).toEqual([["fact", "tense"]]);
    expect(inserted("ru", "редко")).toEqual([["fact", "negation"]]);
    expect(inserted("ru", "больше не")).toEqual([["fact", "negation"]]);
  });

  test("degree words of the Russian stop list are scope, as 'nearly' and 'more' are", () => {
    expect(edits("Стороны совсем не договорились.", "Стороны не договорились.", "ru")).toEqual([["совсем ", "", "fact", "scope"]]);
    expect(edits("Переговоры длились чуть больше часа.", "Переговоры длились больше часа.", "ru")).toEqual([["чуть ", "", "fact", "scope"]]);
    expect(edits("Это более важный вопрос.", "Это важный вопрос.", "ru")).toEqual([["более ", "", "fact", "scope"]]);
  });
});

describe("#8 emoji and flags (were wording/punctuation)", () => {
  test("a flag names a country: swapped, added or dropped, a place fact", () => {
    expect(edits("Talks 🇦🇲 and 🇦🇿 resumed.", "Talks 🇦🇿 and 🇦🇲 resumed.")).toEqual([["🇦🇲", "🇦🇿", "fact", "place"], ["🇦🇿", "🇦🇲", "fact", "place"]]);
    expect(edits("Talks 🇦🇲 resumed.", "Talks resumed.")).toEqual([["🇦🇲 ", "", "fact", "place"]]);
    expect(edits("Fans in 🏴󠁧󠁢󠁳󠁣󠁴󠁿 cheered.", "Fans in 🏴󠁧󠁢󠁷󠁬󠁳󠁿 cheered.").map(([, , cls, reason]) => [cls, reason])).toEqual([["fact", "place"]]);
  });

  test("another pictograph is unclassified; the same one in another presentation typographic", () => {
    expect(edits("The reply was 👍 today.", "The reply was 👎 today.")).toEqual([["👍", "👎", "unclassified", "unknown"]]);
    expect(edits("Talks resumed ✓.", "Talks resumed ✗.")).toEqual([["✓", "✗", "unclassified", "unknown"]]);
    expect(edits("Prices rose → fell.", "Prices rose ← fell.")).toEqual([["→", "←", "unclassified", "unknown"]]);
    expect(edits("The team 👨‍👩‍👧 arrived.", "The team 👨‍👩 arrived.")).toEqual([["👨‍👩‍👧", "👨‍👩", "unclassified", "unknown"]]);
    expect(edits("The reply was 👍 today.", "The reply was 👍🏽 today.")).toEqual([["👍", "👍🏽", "typographic", "typography"]]);
    expect(edits("The reply was ❤ today.", "The reply was ❤️ today.")).toEqual([["❤", "❤️", "typographic", "typography"]]);
  });
});
