/**
 * Words that only frame reported speech: that someone said, told, added, noted, asked or answered something, in the
 * languages the engine reads closely (English, Russian, Armenian), folded (lower case). A claim is what was said, not
 * that it was said: "Blinken said the process was fragile" and "Blinken said: “We will not give up on peace”" share a
 * name and "said" and nothing a fact-checker would pair them by. So these words, like names, titles and countries,
 * are not substance (similarity.ts VectorSpace.notSubstance, candidates.ts withSubstance): two units still need to
 * share something else to make a row. They still count in the similarity itself.
 *
 * The verbs of saying, asking and answering of quotes/reporting-verbs.ts (its CLAUSE_VERBS), narrowed to those that
 * name no act of their own: "urged", "promised", "confirmed", "announced", "called", "described" and "stressed" say
 * what was done and stay substance; so do nouns that share a form ("note", "statement", "answer").
 */
export const SPEECH_FRAME_WORDS: ReadonlySet<string> = new Set(
  [
    // English
    "say says said saying tell tells told telling add adds added adding asked asks ask asking replied replies reply",
    "responded responds respond stated noted notes",
    // Russian: past (masculine, feminine, plural) and present
    "сказал сказала сказали заявил заявила заявили отметил отметила отметили добавил добавила добавили спросил спросила",
    "спросили ответил ответила ответили говорит говорят заявляет заявляют отмечает отмечают добавляет добавляют",
    // Armenian: the aorist and the perfect's participle ("ասել է")
    "ասաց ասել ասում հայտարարեց հայտարարել հայտարարում նշեց նշել նշում ավելացրեց ավելացրել հարցրեց հարցրել պատասխանեց պատասխանել",
  ]
    .join(" ")
    .split(" "),
);
