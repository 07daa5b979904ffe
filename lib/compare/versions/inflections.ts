import { remembered } from "./remembered";

/**
 * What separates two words that a stemmer gives one stem (lib/text/stem.ts): a stem shared is not a meaning shared.
 * "soldier" → "soldiers" changes how many were released, "signs" → "signed" whether it has happened, and a
 * stemmer's conflations ("prisoner" → "prison", "execution" → "executive", "organizers" → "organizations")
 * name other things. Only a spelling variant ("emphasised" → "emphasized", "defence" → "defense") says the same.
 *
 * Rules (English after CGEL ch. 3 §2 (tense: preterite versus present) and ch. 5 §3 (number: plural inflection);
 * the spelling variants after the Oxford and Merriam-Webster conventions for -ise/-ize, -our/-or, -re/-er,
 * -ence/-ense, -ll-/-l-, -ogue/-og, -mme/-m and ae/oe/e; Armenian plural markers -եր/-ներ after Dum-Tragut,
 * *Armenian: Modern Eastern Armenian*, 2009, ch. 3 (noun number), before the article and case endings):
 * - `spelling`: the same word in another spelling convention → wording;
 * - `number`: one is the other's plural (English -s, -es, -ies and the irregular plurals below, which also catch a
 *   verb's third-person -s; Armenian -եր/-ներ): a fact ("soldier" → "soldiers" released) or style ("concern" →
 *   "concerns", "effort" → "efforts") → unclassified;
 * - `tense`: one is an English preterite or past participle (-ed, or an irregular past) and the other is not: a fact
 *   ("signs" → "signed") or style (a headline's present, reported speech's backshift: "said Armenia supports" →
 *   "supported") → unclassified;
 * - `other`: any other pair (derivation, -ing forms) → unclassified.
 * Russian: a plural made or unmade by an ending only a plural takes (`number`); other case endings change with the
 * syntax of a rewrite → `inflection`. For languages without rules here → `inflection`.
 */
export type InflectionKind = "spelling" | "number" | "tense" | "other" | "inflection";

/** Verbs whose final l British spelling doubles before -ed, -ing, -er (American spelling does not; Merriam-Webster). */
const DOUBLED_L = ["travel", "cancel", "label", "model", "signal", "fuel", "counsel", "level", "channel", "total", "marshal", "equal", "quarrel", "dial", "panel", "tunnel", "shovel", "duel", "jewel", "rival", "initial", "pedal", "refuel", "unravel", "grovel", "libel"];

/** British spellings folded to their American forms, in order. */
const SPELLING_RULES: readonly (readonly [RegExp, string])[] = [
  [/isation/gu, "ization"],
  [/is(e|es|ed|ing)$/gu, "iz$1"],
  [/ys(e|es|ed|ing)$/gu, "yz$1"],
  // -our only in words of six letters or more ("colour", "honour", "labour"): "four" / "for", "tour" / "tor" are other words.
  [/(?<=^\p{L}{3,})our(s|ed|ing|able|ite|ites)?$/gu, "or$1"],
  [/tre(s|d)?$/gu, "ter$1"],
  [/ence(s)?$/gu, "ense$1"],
  // -ll- before an ending only in the verbs that double it in British spelling: "filled" / "filed" are two verbs.
  [new RegExp(String.raw`^(${DOUBLED_L.join("|")})l(ed|ing|er|ers)$`, "gu"), "$1$2"],
  [/ogue(s)?$/gu, "og$1"],
  [/mme(s)?$/gu, "m$1"],
  [/gement/gu, "gment"],
  // ae/oe only in the Greek and Latin stems that keep them in British spelling ("paediatric", "manoeuvre"): "shoe" / "she".
  [/(?<=^(?:p|enc[a-z]*p|an|h|arch|medi|pal|gyn|orth|leuk))ae/gu, "e"],
  [/(?<=^(?:man|f|diarrh|\p{L}*\p{L}estr|amoeb))oe/gu, "e"],
];

/** The word with the rules applied, remembered (a revision repeats its words). */
const americanSpelling = remembered((word: string): string => {
  let result = word;
  for (const [pattern, replacement] of SPELLING_RULES) result = result.replace(pattern, replacement);
  return result;
});

const IRREGULAR_PLURALS = new Map([
  ["man", "men"],
  ["woman", "women"],
  ["person", "people"],
  ["child", "children"],
  ["chairman", "chairmen"],
  ["spokesman", "spokesmen"],
  ["spokeswoman", "spokeswomen"],
  ["crisis", "crises"],
  ["analysis", "analyses"],
  ["thesis", "theses"],
]);

/** Whether `plural` is an English plural (or third-person -s form) of `singular`. */
function isEnglishPlural(singular: string, plural: string): boolean {
  if (IRREGULAR_PLURALS.get(singular) === plural) return true;
  if (plural === `${singular}s` || plural === `${singular}es`) return true;
  return singular.endsWith("y") && plural === `${singular.slice(0, -1)}ies`;
}

// Irregular preterites and past participles readouts use, with their base (CGEL ch. 3 §2.2); regular ones end in -ed.
const IRREGULAR_BASES = new Map(
  `said:say told:tell met:meet spoke:speak spoken:speak held:hold made:make took:take taken:take gave:give given:give
  saw:see seen:see went:go gone:go came:come began:begin begun:begin brought:bring thought:think sent:send kept:keep
  left:leave lost:lose felt:feel found:find stood:stand understood:understand chose:choose chosen:choose wrote:write
  written:write rose:rise risen:rise fell:fall fallen:fall sought:seek fought:fight won:win led:lead paid:pay set:set
  put:put cut:cut hit:hit let:let shut:shut spread:spread struck:strike drove:drive driven:drive broke:break
  broken:break forgot:forget forgotten:forget undertook:undertake undertaken:undertake withdrew:withdraw
  withdrawn:withdraw overtook:overtake overtaken:overtake became:become`
    .split(/\s+/u)
    .filter(Boolean)
    .map((pair) => pair.split(":") as [string, string]),
);
const IRREGULAR_PASTS = new Set(IRREGULAR_BASES.keys());

/** The base of an English irregular past ("met" → "meet"), or the word itself. */
export function irregularBaseOf(word: string): string {
  return IRREGULAR_BASES.get(word) ?? word;
}

function isEnglishPast(word: string): boolean {
  return (word.endsWith("ed") && word.length > 4) || IRREGULAR_PASTS.has(word);
}

// Armenian: the article (-ը, -ն) and the case endings that follow a plural marker; the plural markers.
const ARMENIAN_ENDINGS = /(?:ը|ն|ի|ին|ից|ով|ում|երի|ների)$/u;
const ARMENIAN_PLURAL = /(?:ներ|եր)$/u;

function armenianBase(word: string): string {
  return word.replace(ARMENIAN_ENDINGS, "");
}

/** Whether one Armenian word is the other with a plural marker (-եր/-ներ) before its article or case ending. */
function changesArmenianNumber(x: string, y: string): boolean {
  const [baseX, baseY] = [armenianBase(x), armenianBase(y)];
  const pluralX = ARMENIAN_PLURAL.test(baseX) || /(?:երի|ների)$/u.test(x);
  const pluralY = ARMENIAN_PLURAL.test(baseY) || /(?:երի|ների)$/u.test(y);
  return pluralX !== pluralY;
}

/** Whether two folded English words are one word in two spelling conventions ("defence" / "defense"). */
export function isSpellingVariant(x: string, y: string): boolean {
  // Variants start alike and differ by two letters at most ("colour"/"color", "programme"/"program"): most swaps fail here.
  if (x === y || x.charCodeAt(0) !== y.charCodeAt(0) || Math.abs(x.length - y.length) > 2) return false;
  return americanSpelling(x) === americanSpelling(y);
}

/** Whether one folded English word is the other's plural, regular or irregular ("crisis" / "crises"). */
export function changesEnglishNumber(x: string, y: string): boolean {
  return isEnglishPlural(x, y) || isEnglishPlural(y, x);
}

// Russian endings that only a plural takes (Wade, *A Comprehensive Russian Grammar*, 2011, the declension tables):
// adjectives and participles in every case of the plural; nouns in the genitive (-ов, -ев), instrumental, dative and
// prepositional plural.
const RUSSIAN_PLURAL = /(?:ые|ие|ых|их|ыми|ими|ами|ями|ам|ям|ах|ях|ов|ев)$/u;
const RUSSIAN_CONSONANT = /[бвгджзклмнпрстфхцчшщ]$/u;

/**
 * Whether one Russian word is the other's plural: one has an ending only a plural takes and the other has not
 * ("военнопленный" / "военнопленные", "пленного" / "пленных"), or a consonant-final word (a masculine noun, a short
 * participle) takes -ы or -и ("солдат" / "солдаты", "освобожден" / "освобождены").
 */
function changesRussianNumber(x: string, y: string): boolean {
  if (RUSSIAN_PLURAL.test(x) !== RUSSIAN_PLURAL.test(y)) return true;
  const [shorter, longer] = x.length < y.length ? [x, y] : [y, x];
  return RUSSIAN_CONSONANT.test(shorter) && (longer === `${shorter}ы` || longer === `${shorter}и`);
}

/**
 * What separates two folded words of one stem (lib/text/stem.ts) in a statement of `language` (BCP 47):
 * see the module comment for each kind and its source. Pure; never throws.
 */
export function inflectionKind(x: string, y: string, language: string): InflectionKind {
  const primary = language.toLowerCase().split("-")[0];
  if (primary === "hy") return changesArmenianNumber(x, y) ? "number" : "inflection";
  if (primary === "ru") return changesRussianNumber(x, y) ? "number" : "inflection";
  if (primary !== "en") return "inflection";
  if (x === y || americanSpelling(x) === americanSpelling(y)) return "spelling";
  if (isEnglishPlural(x, y) || isEnglishPlural(y, x)) return "number";
  if (isEnglishPast(x) !== isEnglishPast(y) && !x.endsWith("ing") && !y.endsWith("ing")) return "tense";
  return "other";
}

/** Verbs and determiners that agree in number with their noun (CGEL ch. 5 §18): "soldier was" → "soldiers were". */
const AGREEMENT_PAIRS = new Map<string, string>();
for (const [singular, plural] of [["was", "were"], ["is", "are"], ["has", "have"], ["does", "do"], ["this", "these"], ["that", "those"]]) {
  AGREEMENT_PAIRS.set(singular, plural);
  AGREEMENT_PAIRS.set(plural, singular);
}

/** Whether two folded English words are one word agreeing with a singular and a plural noun ("was" / "were"). */
export function areAgreementForms(x: string, y: string): boolean {
  return AGREEMENT_PAIRS.get(x) === y;
}
