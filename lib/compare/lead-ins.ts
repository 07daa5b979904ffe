import { unitStatesNothing } from "./wordless-rows";
import type { AnalysedStatement, Unit } from "./analyse";
import type { Lexicon } from "./lexicon";
import { isListMarker } from "./list-markers";
import { terminalClass } from "../text/sentence-marks";
import { holdsLineBreak } from "../text/line-breaks";
import { withoutParties, withoutSettingPhrase } from "./lead-in-parties";
import { encounterFormOf } from "./versions/encounters";
import { MAX_HEADLINE_WORDS } from "./glued-headlines";
import { isArmenianLetter } from "./armenian-stops";
import { primaryLanguage } from "../text/language";
import { isAttributionLine, isPageFurnitureLine, siteNameStart } from "./page-furniture";
import { isDemonym } from "./name-lexicon";

/** A heading is a short line: a headline, a label ("READOUT") or a dateline, not a paragraph that lost its full stop. */
/** A label in capitals ("PRESS RELEASE", "FOR IMMEDIATE RELEASE") is this short; a longer heading must repeat its text. */
const MAX_LABEL_WORDS = 3;
/** A dateline ("WASHINGTON, November 27", "Yerevan, 27.11.2023") is this short and holds a digit. */
const MAX_DATELINE_WORDS = 5;
/** A lead-in that only introduces ("During the call the following issues were discussed:") is this short. */
const MAX_LEAD_IN_WORDS = 12;
/**
 * Punctuation that ends a sentence or a clause: a line ending in it is no heading. A sentence-terminal mark
 * (lib/text/sentence-marks.ts), or the clause's comma, semicolon or colon (the full-width "：" too).
 */
const CLOSING_PUNCTUATION = new RegExp(`${terminalClass(";,:：")}["'”’»)\\]]*$`, "u");
const LEADING_MARKER = /^\S{1,16}(?=\s)/u;
/** A bullet or dash that opens a list item ("- the border", "• aid"); numbered markers are list-markers.ts's. */
const BULLET = /^[-–—•*·▪●>]$/u;
/** A word after the first that starts with a capital, or a digit: a name, a place, a date or a number — a claim's matter. */
const CLAIM_MATTER = /\s[\p{Lu}\p{Nd}]|\p{Nd}/u;

const wordCount = (text: string) => text.split(/\s+/u).length;

/** Quotes and brackets that may close a lead-in after its colon ("…were discussed:»"). */
const CLOSING_MARK = /["'”’»)\]]/u;

/**
 * Whether text[0, end) ends as a lead-in does: a colon (ASCII or full-width), or the Armenian full stop "։" or the
 * mijaket "." / "․" after an Armenian letter (Armenian types ":" for "։", lib/compare/segment.ts, so the two are one
 * mark there: "…հետևյալը։"; the mijaket is Armenian's colon: "…հետևյալ հարցերը."),
 * then closing quotes or brackets only, then spaces only ("The following issues were discussed:" introduces what comes
 * next). Reads back from `end`, no slice: most units end otherwise. Pure.
 */
function endsAsLeadIn(text: string, end = text.length): boolean {
  let k = end - 1;
  while (k >= 0 && /\s/u.test(text[k])) k--;
  while (k >= 0 && CLOSING_MARK.test(text[k])) k--;
  if (k < 0) return false;
  if (text[k] === ":" || text[k] === "：") return true;
  // The Armenian full stop, and the mijaket ("." or "․" after an Armenian word: Armenian's colon, armenian-stops.ts),
  // which isLeadIn accepts only with "the following" (tester 82 F3).
  return (text[k] === "։" || text[k] === "." || text[k] === "\u2024") && k > 0 && isArmenianLetter(text.charCodeAt(k - 1));
}

/** Armenian "the following" (both spellings): with it, a mijaket that ends a lead-in introduces its list. */
const ARMENIAN_FOLLOWING = /հետևյալ|հետեւյալ/u;


/**
 * Whether `text` (one unit, trimmed) is a lead-in that only introduces what follows: it ends as a lead-in does
 * (endsAsLeadIn), says a list follows (LEAD_IN_CUE) and, the parties it names set aside (lead-in-parties.ts
 * withoutParties: "Secretary Blinken and President Aliyev", "he", "the two sides" count as one word), is at most
 * MAX_LEAD_IN_WORDS long, joins no clause of its own (CLAUSE_JOIN) and holds no name, place, date or number after its
 * first word. "…agreed to meet in Washington in January and discussed the following:" or "Aliyev rejected the
 * criticism voiced in Congress, stating:" carry claims of their own, which must keep their rows (tester 61 F7); "Blinken
 * told Pashinyan the following:" carries none (helper C of session 15), nor does a phrase that only sets the scene
 * before its subject ("During the call, …"; lead-in-parties.ts withoutSettingPhrase). Pure.
 */
export function isLeadIn(text: string): boolean {
  if (!endsAsLeadIn(text) || !LEAD_IN_CUE.test(text)) return false;
  // An Armenian "." may be the full stop of a text typed without "։": a lead-in only with "the following" in it.
  if (/[.\u2024]\s*$/u.test(text) && !ARMENIAN_FOLLOWING.test(text)) return false;
  // The scene-setting phrase before the subject ("During the call,") and the parties named are no claim of its own.
  const frame = withoutParties(withoutSettingPhrase(text));
  if (wordCount(frame) > MAX_LEAD_IN_WORDS || CLAIM_MATTER.test(frame.replace(/^\S+/u, ""))) return false;
  // It must join no clause of its own ("The sides agreed to reopen the railway and discussed the following:"; "He
  // warned that the army would respond, adding:"; tester 62 F6).
  return !CLAUSE_JOIN.test(frame);
}

/**
 * Words that announce a list: English "following", "as follows", "these", "include", "discussed"; Russian
 * "следующее", "обсудили", "затронуты"…; Armenian "հետևյալ" (also written "հետեւյալ"), "քննարկել". A discussion verb
 * before a colon announces the topics discussed ("The sides discussed:"), as "обсуждены:" does.
 */
const LEAD_IN_CUE =
  /(?:^|[^\p{L}])(?:following|follows|these|includ\w*|discuss\w*|such as|among them|следующ\p{L}*|такие|в том числе|в частности|обсу[жд]\p{L}*|затрон\p{L}*|рассмотр\p{L}*|հետևյալ\p{L}*|հետեւյալ\p{L}*|քննարկ\p{L}*)(?:[^\p{L}]|$)/iu;
/** A conjunction that joins a clause of the lead-in's own ("agreed to …, and discussed the following:"). */
const CLAUSE_JOIN = /(?:^|[^\p{L}])(?:and|but|и|а|но|և|եւ|ու|բայց)(?:[^\p{L}]|$)|,/iu;

/**
 * Whether `text` (one sentence unit, trimmed; `gap`: the text up to the next unit) is shaped as a heading: a line of at
 * most MAX_HEADLINE_WORDS words (glued-headlines.ts) without closing punctuation that a line break ends, and not a list item; or a web
 * page's attribution line, which ends in a colon ("The below is attributable to Spokesperson Matthew Miller:";
 * page-furniture.ts isAttributionLine; tester 82 F2). Whether it is one depends on its place and words too
 * (joinLeadIns). Pure.
 */
export function headingShaped(text: string, gap: string): boolean {
  if (!holdsLineBreak(gap)) return false;
  if (CLOSING_PUNCTUATION.test(text)) return isAttributionLine(text);
  const marker = LEADING_MARKER.exec(text)?.[0];
  if (marker !== undefined && (BULLET.test(marker) || isListMarker(marker))) return false;
  return wordCount(text) <= MAX_HEADLINE_WORDS;
}

/**
 * Words that name a text's kind or an encounter's, besides encounters.ts's forms: a headline's "Readout", "Statement",
 * "Conversation"; and the light verbs that hold an encounter ("Pashinyan Holds Phone Conversation with Blinken" over
 * "had a telephone conversation"; "провел", "состоялся", "ունեցել"; tester 89 F1), or name it in a headline's present
 * tense ("Secretary Blinken Speaks With …" over "spoke today with"; tester T1 of session 16).
 */
const HEADING_GENRE_WORDS: ReadonlySet<string> = new Set(
  `readout readouts statement conversation talks remarks call phone telephone
  разговор разговора беседа беседы переговоры заявление
  զրույց զրույցը զրույցի հայտարարություն հայտարարությունը
  hold holds held holding have has had conduct conducts conducted
  speak speaks spoke spoken speaking talk talked talking meets
  провел провёл провела провели проводит проводят состоялся состоялась состоялось состоялись
  ունեցել ունեցավ ունեցան անցկացրել`.split(/\s+/u),
);

/**
 * Whether a word (lower case) only names what kind of text or encounter a heading announces ("Call", "Readout",
 * "Meeting", "Телефонный разговор"; versions/encounters.ts encounterFormOf and HEADING_GENRE_WORDS): a heading need
 * not find it repeated in the text below, which tells the call in its own words ("spoke today with"). Pure.
 */
export function namesNoClaimInHeading(word: string): boolean {
  const key = word.replace(/['’]s$/u, "");
  return HEADING_GENRE_WORDS.has(key) || encounterFormOf(key) !== null;
}

/**
 * A label: one word ("READOUT"), a few words in capitals ("PRESS RELEASE"), a dateline (a few words with a digit), or a
 * piece of a web page's furniture (page-furniture.ts isPageFurnitureLine: "Office of the Spokesperson", "Пресс-служба
 * Президента …", "Baku, 27 ноября 2023 года, 21:40", "Washington, DC", an attribution line; tester 82 F2). "Peacekeepers
 * to deploy" and a headline in capitals of a whole claim are no labels (tester 62 F5).
 */
function isLabel(text: string): boolean {
  const words = wordCount(text);
  return words === 1 || (words <= MAX_LABEL_WORDS && text === text.toUpperCase()) || (words <= MAX_DATELINE_WORDS && /\p{Nd}/u.test(text)) || isPageFurnitureLine(text);
}

/**
 * A lead-in (isLeadIn) or a heading above a readout's text — a label or a headline that only repeats words of the text
 * below it — that no other statement matched joins the row of the unit after it in its statement, as the list or the
 * text it introduces: alone it would be called "not reported" by every statement that reports the same claims in prose
 * (tester 57 #5). Headings are only the lines at a statement's top; a line without a full stop in the body, or a
 * headline with words the text does not repeat, is a claim and keeps its row (tester 61 F6). Runs from the last unit to
 * the first, so a label above a headline joins them both to the text. `groups` hold unit ids into `units` (including
 * sentences rebuilt from clauses); `texts`: each statement's text (UTF-16 offsets of the units); `termsOf(unit)`: the
 * unit's matching terms; `headingTerms(unit)`: the terms a heading must find repeated in the body — its words that only
 * name the text's kind or the encounter left out (namesNoClaimInHeading: "Secretary Blinken's Call with …" over
 * "Secretary Blinken spoke today with …"; tester 82 F1). Returns new groups, every unit still in exactly one.
 */
export function joinLeadIns(
  groups: readonly number[][],
  units: readonly Unit[],
  texts: readonly string[],
  termsOf: (unit: number) => ArrayLike<number>,
  headingTerms: (unit: number) => ArrayLike<number> = termsOf,
): number[][] {
  const rows = groups.map((group) => [...group]);
  const rowOf = new Map<number, number>();
  rows.forEach((row, r) => row.forEach((unit) => rowOf.set(unit, r)));
  const byStatement = new Map<number, number[]>();
  for (const unit of rowOf.keys()) {
    const list = byStatement.get(units[unit].statement);
    if (list) list.push(unit);
    else byStatement.set(units[unit].statement, [unit]);
  }
  for (const list of byStatement.values()) list.sort((x, y) => units[x].start - units[y].start);
  splitPairedLeadIns(rows, rowOf, byStatement, units, texts);
  for (const [statement, list] of byStatement) {
    const text = texts[statement];
    const own = (k: number) => text.slice(units[list[k]].start, units[list[k]].end).trim();
    // The text between a unit and the next; a line break where the segmenter cut a headline glued to the sentence after
    // it (glued-headlines.ts), or a web page's top pasted on one line into its parts (page-furniture.ts): it marks the
    // unit that ends at such a cut (Unit.gluedCut), which a headline on its own line would end with a line break.
    const gapAfter = (k: number) => {
      const unit = units[list[k]];
      return unit.gluedCut === true ? "\n" : text.slice(unit.end, units[list[k + 1]].start);
    };
    // The heading lines at the top: while each line is heading-shaped.
    let top = 0;
    while (top < list.length - 1 && units[list[top]].kind === "sentence" && headingShaped(own(top), gapAfter(top))) top++;
    // The body's terms, gathered only for a statement with heading lines (most have none).
    let bodyTerms: Set<number> | null = null;
    const repeatsBody = (unit: number) => {
      if (!bodyTerms) {
        bodyTerms = new Set<number>();
        for (let k = top; k < list.length; k++) {
          const terms = termsOf(list[k]);
          for (let t = 0; t < terms.length; t++) bodyTerms.add(terms[t]);
        }
      }
      const known = bodyTerms;
      return Array.from(headingTerms(unit)).every((term) => known.has(term));
    };
    const ownRow = (r: number) => rows[r].every((u) => units[u].statement === statement);
    for (let k = list.length - 2; k >= 0; k--) {
      const r = rowOf.get(list[k])!;
      // A list marker or a separator line between a lead-in or heading and what it introduces ("The sides discussed
      // the following:" / "1." / "The border commission…") is that item's layout: the lead-in reaches past it to the
      // first unit with words and takes it along, so no row is "following: 1." (helper 72). Only rows of this
      // statement's own are passed; a marker paired with another statement's marker stops the reach.
      let next = k + 1;
      while (next < list.length - 1 && unitStatesNothing(text, units[list[next]]) && ownRow(rowOf.get(list[next])!)) next++;
      const target = rowOf.get(list[next])!;
      if (r === target) continue;
      if (!ownRow(r)) {
        // A headline that only repeats the text below it and paired with another statement's first sentence took that
        // sentence from the lead it announces, whose row, the statement's own, was then "not reported" by the other
        // (tester T1 of session 16 F5). The lead's row joins the headline's: both tell the same call.
        if (k < top && target === rowOf.get(list[top]) && ownRow(target) && !isLabel(own(k)) && repeatsBody(list[k])) {
          for (const u of rows[target]) rowOf.set(u, r);
          for (const u of rows[target]) rows[r].push(u);
          rows[target] = [];
        }
        continue;
      }
      // endsAsLeadIn on the whole text first: isLeadIn asks it again of the unit, but most units fail it without a slice.
      const introduces = k < top ? isLabel(own(k)) || repeatsBody(list[k]) : endsAsLeadIn(text, units[list[k]].end) && isLeadIn(own(k));
      if (!introduces) continue;
      for (let m = k; m < next; m++) {
        const from = rowOf.get(list[m])!;
        if (from === target) continue;
        for (const u of rows[from]) rowOf.set(u, target);
        for (const u of rows[from]) rows[target].push(u);
        rows[from] = [];
      }
    }
  }
  return rows.filter((row) => row.length > 0);
}

/** Languages whose names take case endings the engine's stems do not join (russian-name-case.ts): Russian, Armenian. */
const CASE_NAME_LANGUAGES: ReadonlySet<string> = new Set(["ru", "hy"]);

/**
 * joinLeadIns's `headingTerms` for compare(): a unit's matching terms (Lexicon.termsOf of its tokens' words, read in
 * its statement's language) without those of the words namesNoClaimInHeading reads, of demonyms (name-lexicon.ts
 * isDemonym), of a site's name after the headline (page-furniture.ts siteNameStart), nor, in Russian and Armenian, of
 * its capitalised words after the first (CASE_NAME_LANGUAGES). `units` index `analysed` by their statement. Pure.
 */
export function headingTermsOf(units: readonly Unit[], analysed: readonly AnalysedStatement[], lexicon: Lexicon): (unit: number) => number[] {
  return (unit) => {
    const { statement, tokenFrom, tokenTo, start, end } = units[unit];
    const { tokens, language, text } = analysed[statement];
    // A site's name after the headline ("… Aliyev - United States Department of State") is the page's, no claim's.
    const siteAt = siteNameStart(text, start, end);
    const caseNames = CASE_NAME_LANGUAGES.has(primaryLanguage(language));
    const terms: number[] = [];
    for (let i = tokenFrom; i < tokenTo && tokens.starts[i] < siteAt; i++) {
      const code = tokens.codes[i];
      const wordId = code >> 1;
      // A demonym only qualifies a title ("Azerbaijani President Aliyev" over "President Ilham Aliyev"; tester T1 of
      // session 16): the body need not repeat it.
      if (namesNoClaimInHeading(lexicon.words[wordId]) || isDemonym(lexicon.words[wordId])) continue;
      // A name after a heading's first word, in a language whose names take case endings: the text below names the
      // same person in another case ("Телефонный разговор Ильхама Алиева" over "Ильхам Алиев провел…"), which the
      // stems do not join (russian-name-case.ts; tester 89 F1). The heading's other words must still be repeated.
      if ((code & 1) === 1 && i > tokenFrom && caseNames) continue;
      const own = lexicon.termsOf(wordId, language);
      for (let k = 0; k < own.length; k++) terms.push(own[k]);
    }
    return terms;
  };
}

/**
 * Lead-ins of several statements that paired with each other ("Secretary Blinken and President Aliyev discussed the
 * following:" in two readouts) each introduce their own statement's list, so their row, a claim of no one's, would be
 * "not reported" by every statement that gives the items in prose (tester 82 F5). A row made only of lead-ins, each with
 * a unit after it in its statement, is split into one row per lead-in, which joinLeadIns then joins to what follows
 * it. Mutates `rows` (the split row keeps its first unit; the others get new rows at the end) and `rowOf`.
 */
function splitPairedLeadIns(rows: number[][], rowOf: Map<number, number>, byStatement: ReadonlyMap<number, readonly number[]>, units: readonly Unit[], texts: readonly string[]): void {
  const hasNext = (unit: number) => {
    const list = byStatement.get(units[unit].statement)!;
    return list[list.length - 1] !== unit;
  };
  const leadsIn = (unit: number) => {
    const { statement, start, end } = units[unit];
    return endsAsLeadIn(texts[statement], end) && isLeadIn(texts[statement].slice(start, end).trim());
  };
  const count = rows.length;
  for (let r = 0; r < count; r++) {
    const row = rows[r];
    if (row.length < 2 || !row.every((unit) => hasNext(unit) && leadsIn(unit))) continue;
    for (let k = 1; k < row.length; k++) {
      rowOf.set(row[k], rows.length);
      rows.push([row[k]]);
    }
    rows[r] = [row[0]];
  }
}
