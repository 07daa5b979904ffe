/**
 * The verbs that report what a person said, and the adverbs that may stand between them and the speaker, in the
 * languages the speaker finder reads (speakers.ts: English, Russian, Armenian), as regular-expression alternations.
 * Every verb in every tense a report uses for it: past ("said", "сказал", "ասաց"), perfect ("has said", "ասել է"),
 * present ("says", "говорит", "ասում է"); verbs of saying, asking, answering, adding and noting (tester 89 F5:
 * "asks", "wondered", "поинтересовался" and "the Secretary later asked" named no speaker). Nouns that share a verb's
 * form are left out where a name may stand before them ("claims", "calls", "remarks", "comments", "states").
 */

// English: past (and past participle), then the present forms that are no nouns after a name.
const ENGLISH_PAST =
  "said told wrote written added noted stated declared warned stressed insisted explained continued remarked argued asked replied " +
  "promised pledged vowed urged announced confirmed claimed complained described wondered answered responded " +
  "observed commented emphasized emphasised underlined underscored reiterated recalled acknowledged admitted suggested " +
  "asserted inquired enquired cautioned countered retorted concluded conceded mentioned reminded " +
  "demanded shouted exclaimed cried queried interjected";
const ENGLISH_PRESENT =
  "says tells writes adds notes declares warns stresses insists explains continues argues asks replies urges announces " +
  "confirms complains wonders answers responds observes emphasizes emphasises underlines underscores reiterates recalls " +
  "acknowledges admits suggests asserts inquires enquires cautions concludes concedes mentions reminds " +
  "demands exclaims queries";

/** English reporting verbs, longest first so that an alternation never stops at a shorter form. */
export const VERBS_EN = alternation(`${ENGLISH_PAST} ${ENGLISH_PRESENT}`.split(" ").concat(["pointed out", "wanted to know"]));

/**
 * "called" as a verb of saying before a quotation: only with no sentence end between it and the quotation ("Blinken
 * called the plan “a step forward”"). "Blinken called Aliyev on Monday." is how a readout of a call opens, and a
 * quotation opening the next sentence is not its object (tester T1, session 16): "called" + a person is no saying, so
 * it is not in VERBS_EN. For a pattern read on the text before a quotation, which ends there.
 */
export const CALLED_BEFORE_EN = "called(?=[^.!?]*$)";

/**
 * The English verbs that make a later clause someone else's words: "Blinken said Aliyev asked for “…”" gives the
 * quotation to Aliyev's clause, and "Blinken said the ministry stated “…”" to nobody named. Verbs of saying, asking and
 * answering only: the others of VERBS_EN stand in reported clauses as readily ("Blinken said the process continues to
 * be “fragile”" is Blinken's quotation).
 */
export const CLAUSE_VERBS_EN = alternation(
  ("said says added adds noted notes told tells stated declared warned stressed wrote writes insisted explained continued " +
    "remarked argued asked asks replied replies promised pledged vowed urged announced confirmed claimed complained described " +
    "called wondered wonders answered answers responded responds inquired enquired").split(" "),
);

/**
 * Words that may stand between an English speaker and the reporting verb: adverbs of time and manner ("Blinken later
 * asked", "Miller also said", "Aliyev reportedly complained") and the auxiliaries of the perfect ("has said", "had
 * warned"). A closed list: a free "-ly" word would take nouns ("the Aliyev family said").
 */
export const ADVERBS_EN = alternation(
  ("also later then again further earlier once now still just even first has have had reportedly publicly privately " +
    "repeatedly subsequently separately similarly additionally recently previously finally firmly flatly openly bluntly " +
    "pointedly sharply briefly directly immediately quickly simply frequently explicitly clearly specifically personally " +
    "initially originally angrily calmly").split(" "),
);

// Russian: past forms, masculine, feminine and plural built from the masculine ("сказал", "сказала", "сказали"; a
// reflexive "поинтересовался", "поинтересовалась", "поинтересовались"), and the present, singular and plural.
// Verbs of saying, asking and answering (CLAUSE_VERBS_RU), then the other verbs that report words.
const RUSSIAN_SAYING = [
  "заявил", "сказал", "отметил", "подчеркнул", "добавил", "сообщил", "указал", "заверил", "пояснил", "призвал",
  "констатировал", "признал", "напомнил", "уточнил", "спросил", "ответил", "поинтересовался",
];
const RUSSIAN_PAST = RUSSIAN_SAYING.concat([
  "заметил", "написал", "объяснил", "предупредил", "возразил", "резюмировал", "продолжил", "пообещал", "обещал",
  "говорил", "настаивал", "посетовал", "пожаловался", "задался вопросом",
]);
const RUSSIAN_PRESENT = [
  "говорит", "говорят", "заявляет", "заявляют", "отмечает", "отмечают", "подчеркивает", "подчёркивает", "подчеркивают",
  "подчёркивают", "добавляет", "добавляют", "сообщает", "сообщают", "пишет", "пишут", "указывает", "указывают",
  "поясняет", "поясняют", "спрашивает", "спрашивают", "отвечает", "отвечают", "интересуется", "интересуются",
  "считает", "считают", "уверяет", "уверяют", "напоминает", "напоминают", "констатирует", "констатируют",
];

function russianPastForms(verb: string): string[] {
  const [head, ...rest] = verb.split(" ");
  const tail = rest.length ? ` ${rest.join(" ")}` : "";
  if (head.endsWith("ся")) {
    const stem = head.slice(0, -2);
    return [`${stem}ся`, `${stem}ась`, `${stem}ись`].map((form) => form + tail);
  }
  return [head, `${head}а`, `${head}и`].map((form) => form + tail);
}

/** Russian reporting verbs (past in its three forms, present). */
export const VERBS_RU = alternation(RUSSIAN_PAST.flatMap(russianPastForms).concat(RUSSIAN_PRESENT));

/** The Russian verbs that make a later clause someone else's words (as CLAUSE_VERBS_EN): of saying, asking, answering. */
export const CLAUSE_VERBS_RU = alternation(
  RUSSIAN_SAYING.flatMap(russianPastForms)
    .concat(["спрашивает", "спрашивают", "отвечает", "отвечают"]),
);

/**
 * Words between a Russian reporting verb and its speaker, or between the speaker and the verb ("«…», — заявил затем
 * Алиев", "— сказал журналистам Алиев", "Блинкен позже поинтересовался"): adverbs of time and sequence, "в свою
 * очередь", and the dative of the press the words were said to.
 */
export const ADVERBS_RU = alternation(
  "также позже затем потом вновь снова далее ранее тогда ещё еще впоследствии журналистам репортёрам репортерам ему ей им"
    .split(" ")
    .concat(["в свою очередь", "в ответ"]),
);

// Armenian: the perfect and the present are a participle and an auxiliary ("ասել է", "ասում են", "ասել էր"); the
// aorist is one word, singular and plural ("ասաց", "ասացին"). Participles by verb: perfect, present, aorist.
// Verbs of saying, asking and answering (CLAUSE_VERBS_HY), then the other verbs that report words.
const ARMENIAN_SAYING: [string, string, string][] = [
  ["ասել", "ասում", "ասաց"],
  ["հայտարարել", "հայտարարում", "հայտարարեց"],
  ["նշել", "նշում", "նշեց"],
  ["ընդգծել", "ընդգծում", "ընդգծեց"],
  ["ավելացրել", "ավելացնում", "ավելացրեց"],
  ["շեշտել", "շեշտում", "շեշտեց"],
  ["հարցրել", "հարցնում", "հարցրեց"],
  ["պատասխանել", "պատասխանում", "պատասխանեց"],
];
const ARMENIAN_FORMS = ARMENIAN_SAYING.concat([
  ["հավելել", "հավելում", "հավելեց"],
  ["գրել", "գրում", "գրեց"],
  ["հայտնել", "հայտնում", "հայտնեց"],
  ["հետաքրքրվել", "հետաքրքրվում", "հետաքրքրվեց"],
  ["պարզաբանել", "պարզաբանում", "պարզաբանեց"],
  ["հիշեցրել", "հիշեցնում", "հիշեցրեց"],
  ["նկատել", "նկատում", "նկատեց"],
  ["հավաստիացրել", "հավաստիացնում", "հավաստիացրեց"],
]);

/** Armenian reporting verbs: participle and auxiliary (է, են, էր, էին), or the aorist (ասաց, ասացին). */
export const VERBS_HY = `(?:${alternation(ARMENIAN_FORMS.flatMap(([perfect, present]) => [perfect, present]))})\\s+(?:էին|էր|են|է)|${alternation(
  ARMENIAN_FORMS.flatMap(([, , aorist]) => [`${aorist}ին`, aorist]),
)}`;

/** The Armenian verbs that make a later clause someone else's words (as CLAUSE_VERBS_EN): of saying, asking, answering. */
export const CLAUSE_VERBS_HY = `(?:${alternation(ARMENIAN_SAYING.map(([perfect]) => perfect))})\\s+է|${alternation(ARMENIAN_SAYING.map(([, , aorist]) => aorist))}`;

/** Adverbs between an Armenian speaker and the verb, or the verb and the speaker ("— ավելի ուշ ասել է Բլինքենը"). */
export const ADVERBS_HY = alternation(["նաև", "ապա", "հետո", "կրկին", "այնուհետև", "ավելի ուշ"]);

// Plural forms of the reporting verbs: Russian past -ли/-лись and present -ют/-ят/-ут (-ются/-ятся); Armenian
// auxiliary են/էին and aorist -ին ("ասացին").
const PLURAL_RU = /(?:ли|лись|ют|ят|ут|ются|ятся)$/u;
const PLURAL_HY = /(?:\s(?:են|էին)|ին)$/u;

/**
 * Whether a reporting verb as matched (VERBS_RU, VERBS_HY) is plural ("заявили", "հայտարարել են", "ասացին"):
 * several speakers, or an office's staff, whose words are no one person's (tester T1, session 16). English verbs do
 * not show number in the past: false.
 */
export function isPluralVerb(verb: string, language: "en" | "ru" | "hy"): boolean {
  const first = verb.trim().split(/\s+/u)[0] ?? "";
  if (language === "ru") return PLURAL_RU.test(first);
  if (language === "hy") return PLURAL_HY.test(verb.trim());
  return false;
}

/**
 * English irregular past tenses that tell what a person did ("Aliyev spoke with Blinken", "Roe met the envoy"): with
 * a regular "-ed" and VERBS_EN, the verbs of a clause's subject (speakers.ts NAMED_SUBJECT, joint-subjects.ts).
 */
export const IRREGULAR_PAST_EN =
  "spoke|met|held|made|gave|took|went|came|saw|sent|spent|left|led|won|lost|paid|sought|brought|began|became|found|got|kept|heard|felt|stood|struck|flew|chose|drew|fought|thought|knew|rang";

/**
 * The Armenian past of the third person singular: the perfect (participle in -ել/-ալ with է/էր: "խոսել է", "հանդիպել
 * էր") or the aorist (-եց, -աց, -ավ: "խոսեց", "հանդիպեց", "եկավ") (Dum-Tragut 2009, Armenian: Modern Eastern Armenian,
 * the perfect and the aorist; tester T4 F5). A plural ("են", "-ին") is not one.
 */
export const PAST_HY = "\\p{Ll}{2,}(?:ել|ալ)\\s+(?:է|էր)|\\p{Ll}{2,}(?:եց|աց|ավ)";

/** Words as one regular-expression alternation, longest first (spaces in a word match any white space). */
function alternation(words: readonly string[]): string {
  return Array.from(new Set(words))
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&").replace(/ /gu, "\\s+"))
    .join("|");
}
