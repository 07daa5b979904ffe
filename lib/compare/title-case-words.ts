import { NAME_CONNECTORS } from "./gazetteer";

/**
 * English closed-class words, as a sentence in title case writes them (capitals.ts titleCaseOf). Folded (lower case)
 * forms, as lib/text/fold foldWord and the lexicon give them.
 *
 * Source: the title-case rules of the major English style guides (Chicago Manual of Style "headline style", AP
 * Stylebook "composition titles", APA and MLA title case) agree that every noun, verb, adjective, adverb and pronoun is capitalised,
 * and differ only on the small words below: Chicago writes articles, coordinating conjunctions and prepositions of any
 * length in lower case, AP capitalises prepositions of four letters or more, and all capitalise "To" in some uses.
 */

/** Articles, coordinating conjunctions, prepositions and "to": a style may write them in lower case in title case. */
export const SMALL_WORDS: ReadonlySet<string> = new Set(
  `a an the and but or nor for so yet as to vs via per at by in into of off on onto out up down over from with within
  without upon about above across after against along amid amidst among around before behind below beneath beside
  besides between beyond despite during except inside like near outside past since than through throughout toward
  towards under underneath until unto`.split(/\s+/u),
);

/**
 * Words a title case may hold in lower case: SMALL_WORDS, and the particles of names ("de", "von", "al"; gazetteer
 * NAME_CONNECTORS), which names keep in lower case in any style ("Charles de Gaulle").
 */
export const LOWER_IN_TITLE_CASE: ReadonlySet<string> = new Set([...SMALL_WORDS, ...NAME_CONNECTORS, "la", "le", "du", "dos", "das", "e", "y"]);

/**
 * Closed-class words that title case capitalises and ordinary text writes in lower case inside a sentence, and that
 * no name is made of: pronouns, possessives, auxiliaries, "not". With SMALL_WORDS, a capital on one of these inside a
 * sentence is style. Left out on purpose: "may", "will", "can" and "us" (a month, a name, a container, "US").
 */
const OTHER_CLOSED_WORDS = `is are was were be been being has have had does did do it its he his she her they their them
  we our this that these those who what which not`.split(/\s+/u);

/** Words whose capital, inside a sentence, says only that the sentence is in title case (SMALL_WORDS, OTHER_CLOSED_WORDS). */
export const STYLE_CAPITAL_WORDS: ReadonlySet<string> = new Set([...SMALL_WORDS, ...OTHER_CLOSED_WORDS]);
