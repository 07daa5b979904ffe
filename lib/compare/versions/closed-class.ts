import { foldWord } from "../../text/fold";
import { primaryLanguage } from "../../text/language";

/**
 * Closed-class word lists behind the edit classes (classify.ts; docs/edit-classes.md). Words are folded
 * (lower case, ’ written as ').
 */

function set(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/u).filter(Boolean));
}

/**
 * Negation cues per language. English after the *SEM 2012 shared task's cue lists (Morante & Blanco); the
 * others are each grammar's negative particles, negative pronouns and adverbs, and "without":
 * Russian (Wade, *A Comprehensive Russian Grammar*, §§ 357–359: не, ни, нет, никогда, ничего…), Armenian
 * (Dum-Tragut, *Armenian: Modern Eastern Armenian*, 2009, § 4.4: ոչ, the negative auxiliary չ- forms, երբեք),
 * French, German, Italian, Spanish, Azerbaijani (their reference grammars' negation chapters). Words as the
 * tokenizer gives them: French "n'" is the token "n".
 */
const NEGATION_BY_LANGUAGE = new Map<string, ReadonlySet<string>>([
  ["en", set("not n't no never none nobody nothing nowhere neither nor without cannot cant won't didn't doesn't don't isn't wasn't weren't aren't hasn't haven't hadn't couldn't wouldn't shouldn't mustn't shan't refused refuse rejected reject denied deny failed fail lack lacked longer")],
  ["ru", set("не ни нет никогда ничего ничто никто никого никому никем нигде никуда никак ничем ничему нельзя без отказался отказалась отказались отказ отклонил отклонила отклонили")],
  ["hy", set("ոչ չէ չի չեն չեմ չես չենք չեք չէր չէին չէի չէիր չէինք չէիք երբեք ոչինչ ոչ-ոք առանց")],
  ["fr", set("ne n pas non jamais rien aucun aucune nul nulle personne sans ni guère")],
  ["de", set("nicht kein keine keinen keinem keiner keines nie niemals nichts niemand ohne weder nirgends")],
  ["it", set("non mai niente nulla nessuno nessuna senza né neanche nemmeno neppure")],
  ["es", set("no nunca jamás nada nadie ningún ninguno ninguna sin ni tampoco")],
  ["az", set("yox deyil heç heçnə heçkim heçvaxt olmadan")],
]);

/** Every language's negation list (for tests and docs). */
export const NEGATION_LISTS: ReadonlyMap<string, ReadonlySet<string>> = NEGATION_BY_LANGUAGE;

/** Whether a folded word is a negation cue in the statement's language (English cues count in every language: quoted English). */
export function isNegation(word: string, language: string): boolean {
  return ENGLISH_NEGATION.has(word) || negationsOf(language).has(word);
}

const ENGLISH_NEGATION = NEGATION_BY_LANGUAGE.get("en")!;
const NONE: ReadonlySet<string> = new Set();
const negationsByTag = new Map<string, ReadonlySet<string>>();

function negationsOf(language: string): ReadonlySet<string> {
  let negations = negationsByTag.get(language);
  if (!negations) negationsByTag.set(language, (negations = NEGATION_BY_LANGUAGE.get(primaryLanguage(language)) ?? NONE));
  return negations;
}

/** A list of words folded by the matching fold (lib/text/fold foldWord), as classify.ts looks them up. */
function foldedSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/u).filter(Boolean).map(foldWord));
}

/**
 * Modal words per language: modal verbs and auxiliaries, modal adverbs and particles, verbs of intention and
 * expectation. A swap of one for another ("will" → "may", "будет" → "может"), or one added or dropped, changes
 * how certain or how obliged the statement says a thing is: a fact, "modality".
 * - en: Palmer, *Mood and Modality* (2nd ed., 2001), ch. 1 and 3 (modal verbs, epistemic adverbs), and the verbs
 *   of intention readouts use ("intend", "plan", "expect", "hope"). "planned" stays here (a plan is an intention:
 *   "we planned to meet" → "we met" is a fact), but as the participle of an event set for a time ("the meeting
 *   planned for March") it says what "scheduled" says: equivalents.ts pairs it off with another participle of
 *   arrangement ("scheduled", "slated") before this list is asked, so only that swap is wording;
 * - ru: Wade, *A Comprehensive Russian Grammar* (3rd ed., 2011), the chapters on modal expressions and the future
 *   (быть as the future auxiliary, мочь, должен, нужно, надо, можно, нельзя is a negation there), modal
 *   particles (бы) and parenthetical words of certainty (возможно, вероятно, конечно), with the common forms;
 * - hy: Dum-Tragut, *Armenian: Modern Eastern Armenian* (2009), the chapters on modality and the future: the modal
 *   verbs and predicatives կարող (can, may), պետք (must, need), պիտի (shall, must), կարելի (possible), the
 *   adverbs of certainty (գուցե, թերևս, երևի, հավանաբար, անպայման, անշուշտ), and intention (մտադիր, ակնկալ-).
 */
const MODALITY_BY_LANGUAGE = new Map<string, ReadonlySet<string>>([
  ["en", foldedSet(`will would shall should may might can could must need needs ought likely unlikely possibly probably perhaps
    certainly definitely surely maybe intend intends intended plan plans planned expect expects expected hope hopes hoped
    agree agreed propose proposed consider considered want wants wanted wish wishes able unable`)],
  ["ru", foldedSet(`будет будут буду будем будете будешь может могут могу можем можете мог могла могло могли сможет смогут
    можно должен должна должно должны нужно надо необходимо следует следовало стоит бы возможно вероятно
    наверное наверно конечно обязательно несомненно видимо якобы намерен намерена намерены намерено планирует
    планируют планировал планировала планировали собирается собираются собирался ожидает ожидают ожидается
    ожидалось надеется надеются надеялся хочет хотят хотел хотела хотели готов готова готовы`)],
  ["hy", foldedSet(`կարող կարողանա կարողանում կարելի պետք պիտի պարտավոր հնարավոր անհրաժեշտ գուցե թերևս երևի
    հավանաբար անպայման անշուշտ իհարկե մտադիր ակնկալում ակնկալվում ծրագրում պատրաստ կլինի կլինեն ցանկանում`)],
]);

/**
 * Quantity and scope words per language: quantifiers and determiners of quantity, words that widen or narrow
 * what a statement covers ("only", "also", "even", "again", "fully"). A swap ("all" → "some", "все" →
 * "некоторые", "բոլոր" → "որոշ") changes how much or how many: a fact, "scope".
 * - en: Huddleston & Pullum, *Cambridge Grammar of the English Language* (2002), ch. 5 §7 (determinatives) and
 *   ch. 6 (focusing modifiers: only, also, even);
 * - ru: Wade (2011), the chapters on determinative pronouns (весь, каждый, любой, всякий), indefinite
 *   quantifiers (несколько, много, мало, некоторые) and the particles только, лишь, даже, тоже, также, ещё;
 * - hy: Dum-Tragut (2009), the chapters on quantifying and indefinite pronouns (բոլոր, ամբողջ, ամեն,
 *   յուրաքանչյուր, որոշ, որևէ, ցանկացած, մի քանի) and the focus particles (միայն, նույնիսկ, նաև, էլ is left out:
 *   it is also "and").
 * In each language also (session 17, tester H4 #5 and #6): the additive and identity words ("too", "same",
 * "further"; Russian более, совсем, чуть; Armenian նույն, նույնպես; CGEL ch. 6, the focusing modifiers, and ch. 5,
 * "same"), and the frequency adverbs, which count the occasions a statement covers ("always", "sometimes", "often";
 * Russian всегда, иногда, часто; Armenian միշտ, երբեմն, հաճախ; CGEL ch. 8, the frequency adjuncts). "never" and
 * "rarely" are negators (above; hedges.ts).
 */
const SCOPE_BY_LANGUAGE = new Map<string, ReadonlySet<string>>([
  ["en", foldedSet(`all some every each any most many few several both either only just partly partially fully entire entirely
    whole majority minority more less fewer least sole solely also even again first last much little nearly almost
    too same further always sometimes often usually occasionally frequently regularly repeatedly constantly`)],
  ["ru", foldedSet(`все всё весь вся всех всем всеми всего всей каждый каждая каждое каждого каждому каждом каждые любой
    любая любое любые всякий некоторые некоторых некоторым несколько нескольких многие многих много мало немного
    немногие большинство меньшинство часть частично полностью целиком только лишь даже тоже также ещё еще снова опять
    больше меньше оба обе обоих единственный единственная почти более совсем чуть всегда иногда часто обычно постоянно
    регулярно неоднократно порой`)],
  ["hy", foldedSet(`բոլոր բոլորը բոլորի ամբողջ ամբողջությամբ ամեն ամենայն յուրաքանչյուր որոշ քանի որևէ ցանկացած շատ
    քիչ մեծամասնություն փոքրամասնություն միայն նույնիսկ նաև ևս կրկին դարձյալ ավելի պակաս լիովին մասամբ միակ գրեթե
    նույն նույնը նույնպես միշտ երբեմն հաճախ սովորաբար մշտապես պարբերաբար`)],
]);

/** Every language's modal and scope lists (for tests and docs). */
export const MODALITY_LISTS: ReadonlyMap<string, ReadonlySet<string>> = MODALITY_BY_LANGUAGE;
export const SCOPE_LISTS: ReadonlyMap<string, ReadonlySet<string>> = SCOPE_BY_LANGUAGE;

/** The list for the statement's language (its primary subtag), English counting in every language (quoted English). */
function listLookup(lists: ReadonlyMap<string, ReadonlySet<string>>): (word: string, language: string) => boolean {
  const english = lists.get("en")!;
  const byTag = new Map<string, ReadonlySet<string>>();
  return (word, language) => {
    if (english.has(word)) return true;
    let words = byTag.get(language);
    if (!words) byTag.set(language, (words = lists.get(primaryLanguage(language)) ?? NONE));
    return words.has(word);
  };
}

/** Whether a folded word is a modal word in the statement's language (or in English). */
export const isModal = listLookup(MODALITY_BY_LANGUAGE);
/** Whether a folded word is a quantity or scope word in the statement's language (or in English). */
export const isScope = listLookup(SCOPE_BY_LANGUAGE);

/**
 * Armenian verbs are negated by the prefix չ- ("համաձայնեց" → "չհամաձայնեց", Dum-Tragut § 4.4): a word that
 * is another with չ in front is its negation.
 */
export function isNegatedForm(x: string, y: string): boolean {
  return (x.length === y.length + 1 && x.startsWith("չ") && x.slice(1) === y) || (y.length === x.length + 1 && y.startsWith("չ") && y.slice(1) === x);
}

/**
 * Words that may be a negation or something else, so a change to them is unclassified, never wording:
 * Armenian "մի" is the prohibitive "do not" and the indefinite article "one".
 */
const AMBIGUOUS_NEGATION = new Map<string, ReadonlySet<string>>([["hy", set("մի")]]);

export function isAmbiguousNegation(word: string, language: string): boolean {
  return AMBIGUOUS_NEGATION.size > 0 && AMBIGUOUS_WORDS.has(word) && AMBIGUOUS_NEGATION.get(primaryLanguage(language))?.has(word) === true;
}

const AMBIGUOUS_WORDS = new Set([...AMBIGUOUS_NEGATION.values()].flatMap((words) => [...words]));

/**
 * Closed-class pairs whose swap reverses a relation in time, place, direction, stance, coordination or
 * person: a fact (reason "relation"). Pairs after the antonymous prepositions and conjunctions of the
 * Cambridge Grammar of the English Language (ch. 7, ch. 15) and WordNet 3.1's antonym pointers for the
 * adverbs and prepositions among them; Russian from Wade's preposition chapters.
 */
const OPPOSITE_PAIRS = `before:after earlier:later for:against above:below over:under up:down in:out inside:outside into:out
from:to with:against and:or both:either during:until during:after during:before since:until before:since after:until
he:she him:her his:her himself:herself we:they us:them our:their ours:theirs ourselves:themselves i:you my:your
this:that these:those here:there now:then yesterday:tomorrow today:tomorrow today:yesterday
pro:anti pro:against with:without
до:после за:против над:под и:или он:она его:её его:ее мы:они наш:их`;

const OPPOSITES = new Map<string, Set<string>>();
for (const pair of OPPOSITE_PAIRS.split(/\s+/u).filter(Boolean)) {
  const [x, y] = pair.split(":");
  if (!OPPOSITES.has(x)) OPPOSITES.set(x, new Set());
  if (!OPPOSITES.has(y)) OPPOSITES.set(y, new Set());
  OPPOSITES.get(x)!.add(y);
  OPPOSITES.get(y)!.add(x);
}

/** Whether two folded words are a known opposite or relational pair ("before"/"after", "for"/"against"). */
export function areOpposites(x: string, y: string): boolean {
  return OPPOSITES.get(x)?.has(y) === true;
}

/**
 * Function words empty enough that inserting, dropping or swapping them for each other keeps the meaning:
 * articles (CGEL ch. 5 §6, "the"/"a"/"an") and their like in the other languages; and groups of variant
 * spellings of one function word ("toward"/"towards"). Any other swap of one function word for a
 * different one is not wording.
 */
const EMPTY_WORDS = set("a an the s t le la les l un une des il lo gli i uno una der die das den dem des ein eine einer eines einem einen el los las unos unas");
const SAME_FUNCTION_WORD = [
  "toward towards",
  "until till",
  "among amongst",
  "while whilst",
  "upon on",
  "amid amidst",
  "although though",
  "that which",
  "и а",
].map((group) => new Set(group.split(" ")));

/** The groups of function words that are variants of one another ("toward"/"towards", "that"/"which"): wording, not a fact. */
export const SAME_FUNCTION_WORD_GROUPS: readonly ReadonlySet<string>[] = SAME_FUNCTION_WORD;

export function isEmptyWord(word: string): boolean {
  return EMPTY_WORDS.has(word);
}

/** Whether two folded function words are variants of one ("toward"/"towards") or both empty words ("the"/"a"). */
export function sameFunctionWord(x: string, y: string): boolean {
  if (x === y) return true;
  if (EMPTY_WORDS.has(x) && EMPTY_WORDS.has(y)) return true;
  return SAME_FUNCTION_WORD.some((group) => group.has(x) && group.has(y));
}

/**
 * Prefixes that reverse or negate what the rest of a word says ("de-escalation", "anti-terror",
 * "un-armed", "non-aligned", "counter-offensive", "dis-"): adding or dropping one is a fact, "negation".
 * Other prefixes that change a word's reference ("re-election", "ex-president", "pre-war", "post-war",
 * "pro-Western", "co-", "vice-"): adding or dropping one is unclassified. After CGEL ch. 19 §4 (prefixes).
 */
export const NEGATING_PREFIXES = ["de", "anti", "un", "non", "counter", "dis", "in", "im", "il", "ir", "a"];
export const CHANGING_PREFIXES = ["re", "ex", "pre", "post", "pro", "co", "vice", "semi", "sub", "super", "over", "under", "mis", "self", "neo"];

/**
 * The prefix that `longer` has over `shorter` (folded words), written with or without a hyphen
 * ("de-escalation"/"deescalation" over "escalation"), or null. Only the lists above count; a bare
 * "a"/"in"/"im"/"il"/"ir"/"un" counts only with a hyphen (so "inform"/"form" is no prefix).
 */
const NEEDS_HYPHEN = new Set(["a", "in", "im", "il", "ir", "un", "co", "re", "de"]);

export function prefixOver(longer: string, shorter: string): { prefix: string; negating: boolean } | null {
  if (longer.length <= shorter.length || !longer.endsWith(shorter)) return null;
  const head = longer.slice(0, longer.length - shorter.length);
  const hyphenated = /[-‐‑]$/u.test(head);
  const prefix = head.replace(/[-‐‑]$/u, "");
  if (!hyphenated && NEEDS_HYPHEN.has(prefix)) return null;
  if (NEGATING_PREFIXES.includes(prefix)) return { prefix, negating: true };
  if (CHANGING_PREFIXES.includes(prefix)) return { prefix, negating: false };
  return null;
}

/**
 * Number words: English cardinals zero–twenty, the tens, hundred, thousand, million, billion, trillion,
 * ordinals first–twentieth and of the tens; Russian and Armenian cardinals one–ten and the large units
 * (their grammars' numeral chapters), stems enough for the common case forms.
 */
export const NUMBER_WORDS = set(`zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand
thousands million millions billion billions trillion trillions dozen dozens half quarter once twice thrice
first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth
sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth
hundredth thousandth millionth
ноль один одна одно два две три четыре пять шесть семь восемь девять десять двадцать сто тысяча тысячи тысяч миллион
миллиона миллионов миллиард миллиарда миллиардов первый второй третий
զրո մեկ երկու երեք չորս հինգ վեց յոթ ութ ինը տասը քսան հարյուր հազար միլիոն միլիարդ առաջին երկրորդ երրորդ`);

/**
 * Of NUMBER_WORDS, those that may stand for a count after an approximator or a comparison ("approximately two",
 * "more than forty", "около десяти"; CGEL ch. 5 § 12): the cardinals but one (also a pronoun: "about one of them"),
 * not the ordinals, multiplicatives and fractions ("first", "twice", "half"). Folded words.
 */
const NOT_COUNTS = set(`one once twice thrice half quarter first second third один одна одно первый второй третий մեկ առաջին երկրորդ երրորդ`);
export function isCardinalWord(key: string): boolean {
  // The ordinals end in -th, -st, -rd ("second" is in NOT_COUNTS): "thousand" ends in -nd and is a cardinal.
  return NUMBER_WORDS.has(key) && !NOT_COUNTS.has(key) && !/(?:th|st|rd)$/u.test(key);
}

/**
 * Words that name a day or a part of one relative to the statement's date (chrono-node reads most of them,
 * but only as dates in a sentence it parses): a change of one is a fact, "date". "last"/"next"/"this" week,
 * month or year are dates through classify.ts's period cues.
 */
export const RELATIVE_DAYS = set(`yesterday today tomorrow tonight overnight weekend fortnight morning evening afternoon
вчера сегодня завтра позавчера послезавтра երեկ այսօր վաղը`);
