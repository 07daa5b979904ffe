import type { TextRange } from "../segment";
import { caseShape } from "./case-shape";
import type { PairReading, Side } from "./pair-reading";

/**
 * Two parties a revision exchanged (role-swaps.ts): by their places (placesExchanged) or, in a language with case
 * endings, by their endings in place (endingsExchanged); and b's side written with two parties exchanged back
 * (withPartiesExchanged), for roles.ts to read.
 */

/** Bounds that keep placesExchanged cheap: lexemes an edit touches tried, partners each tries, swaps found in a row. */
const MAX_TOUCHED = 6;
const MAX_PARTNERS = 12;
const MAX_ROUNDS = 3;

/** Length of the longest common subsequence of two id sequences; `row` is scratch of y.length + 1 entries. */
function commonLength(x: Int32Array, y: Int32Array, row: Int32Array): number {
  row.fill(0);
  for (let i = 0; i < x.length; i++) {
    let diagonal = 0;
    const xi = x[i];
    for (let j = 0; j < y.length; j++) {
      const up = row[j + 1];
      row[j + 1] = xi === y[j] ? diagonal + 1 : up > row[j] ? up : row[j];
      diagonal = up;
    }
  }
  return row[y.length];
}

/** `ids` with every x made y and every y made x (a new array). */
function exchanged(ids: Int32Array, x: number, y: number): Int32Array {
  const out = ids.slice();
  for (let k = 0; k < out.length; k++) {
    if (out[k] === x) out[k] = y;
    else if (out[k] === y) out[k] = x;
  }
  return out;
}

/**
 * Two parties whose places the revision exchanged: exchanging their lexemes in b makes b's words follow a's further
 * (a longer common subsequence of lexemes) than any other exchange. Found greedily, each applied before the next is
 * looked for ("Secretary Blinken thanked President Aliyev" → "President Aliyev thanked Secretary Blinken": the titles,
 * then the names). Parties are content words that are names, titles or places (a capital, the gazetteers), or that the
 * edits changed on both sides ("the hosts thanked the guests" → "the guests thanked the hosts"); one of the two must lie
 * in an edit. A word moved elsewhere ("…in Washington" → "In Washington, …") gains nothing by an exchange.
 */
export function placesExchanged(reading: PairReading): [number, number][] {
  const { a, b, info } = reading;
  const shared = (lexeme: number) => info[lexeme].content && info[lexeme].inA > 0 && info[lexeme].inB > 0;
  const touched: number[] = [];
  const partners: number[] = [];
  for (const side of [a, b]) {
    for (let t = 0; t < side.lexemes.length; t++) {
      const lexeme = side.lexemes[t];
      if (!shared(lexeme)) continue;
      const { party, touchedA, touchedB } = info[lexeme];
      if ((touchedA > 0 || touchedB > 0) && (party || (touchedA > 0 && touchedB > 0)) && !touched.includes(lexeme) && touched.length < MAX_TOUCHED) touched.push(lexeme);
      if (party && !partners.includes(lexeme) && partners.length < MAX_PARTNERS) partners.push(lexeme);
    }
  }
  if (!touched.length) return [];
  const row = new Int32Array(b.lexemes.length + 1);
  let current = b.lexemes;
  let common = commonLength(a.lexemes, current, row);
  const found: [number, number][] = [];
  for (let round = 0; round < MAX_ROUNDS && common < a.lexemes.length; round++) {
    let best: [number, number] | null = null;
    let bestIds: Int32Array | null = null;
    let bestCommon = common;
    for (const x of touched) {
      // A lower-case word the edits changed on both sides may swap with another such word; a party with a party.
      const others = info[x].party ? partners.concat(touched.filter((y) => !info[y].party)) : touched;
      for (const y of others) {
        if (y === x || (!info[x].party && !info[y].party && (info[y].touchedA === 0 || info[y].touchedB === 0))) continue;
        if (found.some(([p, q]) => (p === x && q === y) || (p === y && q === x))) continue;
        const ids = exchanged(current, x, y);
        const length = commonLength(a.lexemes, ids, row);
        if (length > bestCommon) {
          best = [x, y];
          bestIds = ids;
          bestCommon = length;
        }
      }
    }
    if (!best || !bestIds) break;
    found.push(best);
    current = bestIds;
    common = bestCommon;
  }
  return found;
}

/**
 * Two parties whose case endings the revision exchanged in place (a language with case endings): "Блинкен поблагодарил
 * Алиева" → "Блинкена поблагодарил Алиев", "Բլինքենը … Ալիևին" → "Բլինքենին … Ալիևը". Each written once on each side;
 * x's ending in a is y's in b and the other way round, or in Russian their cases by russian-name-case.ts are
 * (nominative and object shape exchanged: the declensions' endings may differ).
 */
export function endingsExchanged(reading: PairReading, already: readonly [number, number][]): [number, number][] {
  const { a, b, info } = reading;
  const once: number[] = [];
  for (let t = 0; t < a.lexemes.length; t++) {
    const lexeme = a.lexemes[t];
    const entry = info[lexeme];
    if (entry.content && entry.party && entry.inA === 1 && entry.inB === 1 && entry.touchedA === 1 && entry.touchedB === 1) once.push(lexeme);
  }
  const found: [number, number][] = [];
  if (once.length < 2) return found;
  const at = (side: Side, lexeme: number) => side.lexemes.indexOf(lexeme);
  const shape = (form: string) => caseShape(form, reading.language);
  for (let i = 0; i < once.length; i++) {
    for (let j = i + 1; j < once.length; j++) {
      const [x, y] = [once[i], once[j]];
      if (already.some(([p, q]) => (p === x && q === y) || (p === y && q === x))) continue;
      const [xa, xb, ya, yb] = [at(a, x), at(b, x), at(a, y), at(b, y)];
      const endings = [reading.ending(a, xa), reading.ending(b, xb), reading.ending(a, ya), reading.ending(b, yb)];
      const byEnding = endings[0] !== endings[1] && endings[0] === endings[3] && endings[2] === endings[1];
      const shapes = [shape(a.forms[xa]), shape(b.forms[xb]), shape(a.forms[ya]), shape(b.forms[yb])];
      const byCase = shapes.every((s) => s > 0) && shapes[0] !== shapes[1] && shapes[0] === shapes[3] && shapes[2] === shapes[1];
      if (byEnding || byCase) found.push([x, y]);
    }
  }
  return found;
}

/**
 * b's side of the pair with two parties' words exchanged, each keeping the ending of the place it takes; a personal
 * pronoun and a name are exchanged whole ("him" for "Aliyev", "Aliyev" for "he": the pronoun's case forms share no stem).
 */
export function withPartiesExchanged(reading: PairReading, range: TextRange, x: number, y: number): string {
  const { b, info } = reading;
  const pronoun = info[x].pronoun || info[y].pronoun;
  const spelling = new Map<number, string>();
  for (let t = 0; t < b.lexemes.length; t++) {
    const lexeme = b.lexemes[t];
    if ((lexeme === x || lexeme === y) && !spelling.has(lexeme)) spelling.set(lexeme, b.text.slice(b.starts[t], info[lexeme].pronoun ? b.ends[t] : b.starts[t] + info[lexeme].stem.length));
  }
  let out = "";
  let from = range.start;
  for (let t = 0; t < b.lexemes.length; t++) {
    const lexeme = b.lexemes[t];
    if (lexeme !== x && lexeme !== y) continue;
    const other = lexeme === x ? y : x;
    const written = b.text.slice(b.starts[t], b.ends[t]);
    out += b.text.slice(from, b.starts[t]) + (spelling.get(other) ?? "") + (pronoun ? "" : written.slice(info[lexeme].stem.length));
    from = b.ends[t];
  }
  return out + b.text.slice(from, range.end);
}
