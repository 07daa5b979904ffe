/**
 * Opposites that the closed-class pairs (closed-class.ts) and the WordNet antonym table (lib/compare/antonyms.ts)
 * do not reach:
 * - English irregular past forms, read as their verbs before the antonym table is asked (the table holds stems,
 *   and Porter's stemmer leaves "rose", "fell", "left" as they are): after the irregular-verb list of CGEL
 *   ch. 3 § 2.3;
 * - relational pairs WordNet points between other members of the sets: "in"/"outside", "back"/"forward",
 *   "released"/"arrested", "entered"/"left", "killed"/"injured", "unanimous"/"split" (readout supplement);
 * - Russian and Armenian pairs of the same kinds: prepositions and adverbs of time and direction (Wade 2011, the
 *   prepositions; Dum-Tragut 2009, the postpositions: առաջ/հետո "before/after", ներս/դուրս "in/out") and the
 *   stance verbs of readouts (подтвердил/опроверг "confirmed/denied", освобождены/арестованы "released/arrested",
 *   ազատվել/ձերբակալվել), matched by stem with any ending.
 */
const IRREGULAR_PAST: Record<string, string> = {
  rose: "rise", risen: "rise", fell: "fall", fallen: "fall", left: "leave", came: "come", went: "go", gone: "go",
  won: "win", lost: "lose", gave: "give", given: "give", took: "take", taken: "take", brought: "bring", sold: "sell",
  bought: "buy", began: "begin", begun: "begin", broke: "break", broken: "break", froze: "freeze", frozen: "freeze",
  held: "hold", kept: "keep", sent: "send", spent: "spend", built: "build", found: "find", met: "meet", made: "make",
  said: "say", told: "tell", thought: "think", taught: "teach", sought: "seek", fought: "fight", stood: "stand",
  wrote: "write", written: "write", drove: "drive", driven: "drive", grew: "grow", grown: "grow", shrank: "shrink",
  shrunk: "shrink", forgot: "forget", forgotten: "forget", forgave: "forgive", forbade: "forbid", forbidden: "forbid",
  opened: "open", withdrew: "withdraw", withdrawn: "withdraw", struck: "strike", hid: "hide", hidden: "hide",
};

const IRREGULAR_VERBS = new Map(Object.entries(IRREGULAR_PAST));

/**
 * The verb an irregular past form stands for ("rose" → "rise"), or the word itself. Own entries only: "constructor"
 * or "tostring" read through the object literal would be Object's members.
 */
export function verbOf(word: string): string {
  return IRREGULAR_VERBS.get(word) ?? word;
}

/** Pairs as "x:y" of stems (a word matches a stem it starts with, so one entry covers the word's forms). */
const EXTRA_PAIRS: Record<string, string> = {
  en: `in:outside inside:out back:forward backward:forward release:arrest release:detain free:arrest free:detain
  releas:arrest releas:detain freed:arrest freed:detain enter:leave enter:exit kill:injur kill:wound unanimous:split
  accept:declin win:lose rise:fall gain:los open:clos start:end begin:end`,
  ru: `подтверд:опроверг подтверд:отрица освобожд:арестова освобожд:задержа освободи:арестова освободи:задержа
  отош:подош отступ:наступ отвел:ввел вывод:ввод вывел:ввел рост:паден вырос:упал увелич:уменьш поддерж:осуд
  поддерж:отверг приветств:осуд соглас:отказ принял:отклон принят:отклон раньше:позже внутри:снаружи от:к`,
  hy: `առաջ:հետո ազատ:ձերբակալ ազատ:կալանավոր ներս:դուրս հաստատ:հերք աջակց:դատապարտ ողջուն:դատապարտ աճ:նվազ
  համաձայն:մերժ ընդուն:մերժ`,
};

const PAIRS = new Map<string, [string, string][]>();
for (const [language, list] of Object.entries(EXTRA_PAIRS))
  PAIRS.set(
    language,
    list
      .split(/\s+/u)
      .filter(Boolean)
      .map((pair) => pair.split(":") as [string, string]),
  );

/** A stem matches a folded word it equals or, for stems of four letters or more, opens. */
const matches = (word: string, stem: string) => word === stem || (stem.length >= 4 && word.startsWith(stem));

const ALL_PAIRS = [...PAIRS.values()].flat();
const NO_STEMS: readonly string[] = [];
/** The stems opposite to a folded word, remembered (the rules ask for every removed and added word). */
const oppositesByWord = new Map<string, readonly string[]>();

function oppositeStemsOf(word: string): readonly string[] {
  let stems = oppositesByWord.get(word);
  if (stems === undefined) {
    const found: string[] = [];
    for (const [p, q] of ALL_PAIRS) {
      if (matches(word, p)) found.push(q);
      if (matches(word, q)) found.push(p);
    }
    if (oppositesByWord.size > 20_000) oppositesByWord.clear();
    oppositesByWord.set(word, (stems = found.length ? found : NO_STEMS));
  }
  return stems;
}

/** Whether areMoreOpposites(word, y) holds for some y: a stem of the lists is opposite to the word (remembered). */
export function hasMoreOpposites(word: string): boolean {
  return oppositeStemsOf(word).length > 0;
}

/**
 * Whether two folded words are opposites by the lists above (every language's list in every statement: each holds
 * only its own script's words, or English, which a statement in another language may quote). Throws nothing.
 */
export function areMoreOpposites(x: string, y: string): boolean {
  return oppositeStemsOf(x).some((stem) => matches(y, stem));
}
