import type { AnalysedStatement, Unit } from "./analyse";
import { DEMONYMS, PLACES, TITLES } from "./gazetteer";
import type { Lexicon } from "./lexicon";
import { hasSynonyms } from "./synonyms";
import { SPEECH_FRAME_WORDS } from "./speech-frames";

/**
 * A TF-IDF vector over term ids: entries [from, to) of `terms` (ascending) and `weights`. Unit
 * vectors share two arrays for all units (a typed-array view per unit would cost ~100 bytes each).
 */
export interface SparseVector {
  terms: Int32Array;
  weights: Float64Array;
  from: number;
  to: number;
  norm: number;
}

// Numbers are what independent readouts of one call share even when every other word differs, so they count double.
// Names no longer do: every sentence of a readout names its two principals, and a shared name with a double weight
// made rows of unrelated claims (issue 11, "A shared name makes a row").
const NUMBER_BOOST = 2;

// A shared synonym set counts this much of a shared word: "telephone" and "phone" are one claim's words, less surely
// than the same word twice. Chosen on `npm run eval` (docs/alignment-eval.md).
const SYNONYM_WEIGHT = 0.5;

// IDF is ln(1 + IDF_SCALE × statements / df) rather than ln(1 + units / df): a unit count in the weight moves every
// similarity when one sentence is added anywhere, and pairs near the threshold flip (issue 11, stability). The
// number of statements does not change when a statement grows. Scale: about the units of a short readout.
const IDF_SCALE = 8;

/**
 * Word ids that appear capitalised somewhere other than at the start of a sentence or in a sentence written in
 * capitals (analyse.ts capitalSaysNothing, capitals.ts): those are names, and a capital on the same word where capitals
 * say nothing is a name too. Titles ("the Secretary") are capitalised without naming anyone, so they get no boost.
 */
function nameWords(statements: readonly AnalysedStatement[], lexicon: Lexicon): Uint8Array {
  const names = new Uint8Array(lexicon.words.length);
  for (const statement of statements) {
    const { codes, capitalSaysNothing, count } = statement.tokens;
    for (let i = 0; i < count; i++) {
      if (codes[i] & 1 && !capitalSaysNothing[i]) names[codes[i] >> 1] = 1;
    }
  }
  lexicon.words.forEach((word, id) => {
    if (names[id] && TITLES.has(word)) names[id] = 0;
  });
  return names;
}

// In DEMONYMS for the entity rules, but a direction is what a claim is about ("the northern valley"), not who speaks.
const COMPASS = new Set(["northern", "southern", "eastern", "western"]);

/**
 * Per term id, 1 when the term is a name, a title or a country/demonym (capitalised inside a sentence, or in the
 * TITLES/PLACES/DEMONYMS lists): words that readouts of one call share in every sentence, so a match needs more.
 */
function nameTerms(names: Uint8Array, statements: readonly AnalysedStatement[], lexicon: Lexicon): Uint8Array {
  const flags = new Uint8Array(lexicon.terms.length);
  const languages = new Set(statements.map((statement) => statement.language));
  lexicon.words.forEach((word, id) => {
    if (COMPASS.has(word) || (!names[id] && !TITLES.has(word) && !PLACES.has(word) && !DEMONYMS.has(word))) return;
    for (const language of languages) for (const term of lexicon.termsOf(id, language)) if (!lexicon.isNumberTerm(term)) flags[term] = 1;
  });
  return flags;
}

/** Counts one unit's terms at a time into reusable per-term arrays. */
class TermScratch {
  counts = new Float64Array(1024);
  boosts = new Float64Array(1024);
  // The unit's distinct terms so far (a typed array with a count: emptying a JS array frees its storage).
  private touched = new Int32Array(64);
  private touchedCount = 0;

  add(term: number, boost: number): void {
    if (term >= this.counts.length) this.grow(term);
    if (this.counts[term] === 0) {
      if (this.touchedCount === this.touched.length) {
        const touched = new Int32Array(this.touched.length * 2);
        touched.set(this.touched);
        this.touched = touched;
      }
      this.touched[this.touchedCount++] = term;
      this.boosts[term] = boost;
    }
    this.counts[term]++;
    if (boost > this.boosts[term]) this.boosts[term] = boost;
  }

  /** Appends the unit's distinct terms, ascending, and their weights before IDF, (1 + ln tf) × boost; then resets. */
  flush(out: VectorColumns): void {
    const { touched, touchedCount } = this;
    // Insertion sort: a unit has a few dozen terms at most, and this avoids a comparator call per step.
    for (let i = 1; i < touchedCount; i++) {
      const term = touched[i];
      let j = i - 1;
      while (j >= 0 && touched[j] > term) touched[j + 1] = touched[j--];
      touched[j + 1] = term;
    }
    out.reserve(touchedCount);
    for (let k = 0; k < touchedCount; k++) {
      const term = touched[k];
      out.terms[out.length] = term;
      out.weights[out.length++] = (1 + Math.log(this.counts[term])) * this.boosts[term];
      this.counts[term] = 0;
    }
    this.touchedCount = 0;
  }

  private grow(term: number): void {
    const size = Math.max(term + 1, this.counts.length * 2);
    const counts = new Float64Array(size);
    const boosts = new Float64Array(size);
    counts.set(this.counts);
    boosts.set(this.boosts);
    this.counts = counts;
    this.boosts = boosts;
  }
}

/** All units' (term, weight) entries, one unit after another, in growable typed arrays. */
class VectorColumns {
  length = 0;
  terms: Int32Array;
  weights: Float64Array;

  constructor(capacity: number) {
    this.terms = new Int32Array(capacity);
    this.weights = new Float64Array(capacity);
  }

  reserve(extra: number): void {
    if (this.length + extra <= this.terms.length) return;
    const size = Math.max(this.length + extra, this.terms.length * 2);
    const terms = new Int32Array(size);
    const weights = new Float64Array(size);
    terms.set(this.terms.subarray(0, this.length));
    weights.set(this.weights.subarray(0, this.length));
    this.terms = terms;
    this.weights = weights;
  }
}

export interface VectorSpace {
  vectors: SparseVector[];
  /** Number of units containing each term. */
  documentFrequency: Int32Array;
  /** Per term: 1 for a name, title or country (see nameTerms). */
  nameTerm: Uint8Array;
  /**
   * Per term: 1 for a name, title or country (nameTerm) or a word that only frames reported speech (speech-frames.ts),
   * with its synonym sets: what substantiveCosine leaves out when it asks whether two units share a claim that both
   * report (substanceMask).
   */
  notSubstance: Uint8Array;
  /** Per unit: 1 when it holds a term that notSubstance does not flag, what it reports beyond names and speech frames. */
  reportsContent: Uint8Array;
}

/**
 * The terms substance leaves out for units `a` and `b`: names and speech frames (`notSubstance`) when both report
 * content beyond them ("Blinken said: “A”" / "Blinken said B": the verb is only the frame of A and B); names only
 * when either does not, where the verb is the claim ("Blinken asked about Vardanyan" / "Blinken asked Aliyev about
 * Vardanyan"; tester T2 #5).
 */
export function substanceMask(space: Pick<VectorSpace, "nameTerm" | "notSubstance" | "reportsContent">, a: number, b: number): Uint8Array {
  return space.reportsContent[a] && space.reportsContent[b] ? space.notSubstance : space.nameTerm;
}

/**
 * One TF-IDF vector per unit; document frequencies are counted over the units of all statements.
 * All vectors are views into two shared arrays, which keeps them together in memory. `unsaid`: per statement (input
 * order), 1 for each token that adds no term, or undefined when every token does: a relay's frames, which say who
 * spoke and not what was said (relay-speech.ts frameTokens).
 */
export function buildVectors(
  statements: readonly AnalysedStatement[],
  units: readonly Unit[],
  lexicon: Lexicon,
  unsaid: readonly (Uint8Array | undefined)[] = [],
): VectorSpace {
  const names = nameWords(statements, lexicon);
  const scratch = new TermScratch();
  // About one entry per token: stop words have none, a hyphenated word a few, repeats share one.
  const columns = new VectorColumns(statements.reduce((count, statement) => count + statement.tokens.count, 16));
  const offsets = new Int32Array(units.length + 1);
  units.forEach((unit, u) => {
    const statement = statements[unit.statement];
    const { codes } = statement.tokens;
    const table = lexicon.termTable(statement.language);
    const synonyms = hasSynonyms(statement.language);
    const silent = unsaid[unit.statement];
    for (let i = unit.tokenFrom; i < unit.tokenTo; i++) {
      if (silent !== undefined && silent[i]) continue;
      const wordId = codes[i] >> 1;
      const terms = table[wordId] ?? lexicon.termsOf(wordId, statement.language);
      // An English word quoted in another language's statement has its synonym sets too (Lexicon.synonymsApply).
      const withSynonyms = synonyms || (terms.length > 0 && lexicon.readsEnglish(wordId, statement.language));
      for (let k = 0; k < terms.length; k++) {
        scratch.add(terms[k], lexicon.isNumberTerm(terms[k]) ? NUMBER_BOOST : 1);
        // A name is no synonym of anything ("Veld" is not grassland).
        if (withSynonyms && !names[wordId]) {
          const sets = lexicon.synonymTerms(terms[k]);
          for (let j = 0; j < sets.length; j++) scratch.add(sets[j], SYNONYM_WEIGHT);
        }
      }
    }
    scratch.flush(columns);
    offsets[u + 1] = columns.length;
  });

  const terms = columns.terms.subarray(0, columns.length);
  const weights = columns.weights.subarray(0, columns.length);
  const documentFrequency = new Int32Array(lexicon.terms.length);
  for (let k = 0; k < terms.length; k++) documentFrequency[terms[k]]++;
  const scale = IDF_SCALE * Math.max(1, statements.length);
  const idf = new Float64Array(documentFrequency.length);
  for (let term = 0; term < idf.length; term++) idf[term] = documentFrequency[term] > 0 ? Math.log(1 + scale / documentFrequency[term]) : 0;
  const vectors = units.map((_, u): SparseVector => {
    let squares = 0;
    for (let k = offsets[u]; k < offsets[u + 1]; k++) {
      weights[k] *= idf[terms[k]];
      squares += weights[k] * weights[k];
    }
    return { terms, weights, from: offsets[u], to: offsets[u + 1], norm: Math.sqrt(squares) };
  });
  const nameTerm = nameTerms(names, statements, lexicon);
  const notSubstance = notSubstanceTerms(nameTerm, statements, lexicon);
  const reportsContent = new Uint8Array(vectors.length);
  vectors.forEach((vector, u) => {
    for (let k = vector.from; k < vector.to && !reportsContent[u]; k++) if (vector.terms[k] >= notSubstance.length || !notSubstance[vector.terms[k]]) reportsContent[u] = 1;
  });
  return { vectors, documentFrequency, nameTerm, notSubstance, reportsContent };
}

/**
 * VectorSpace.notSubstance: the terms of `nameTerm`, and those of speech-frames.ts's words with their synonym-set terms.
 * (A title's WordNet sets, "prime" and "minister" of "Prime Minister", stay substance: left out too, they cost the
 * alignment eval 0.974 → 0.940 row F1, true pairs of one official's claims lost.)
 */
function notSubstanceTerms(nameTerm: Uint8Array, statements: readonly AnalysedStatement[], lexicon: Lexicon): Uint8Array {
  const flags = nameTerm.slice();
  const exclude = (term: number) => {
    if (term >= flags.length) return;
    flags[term] = 1;
    for (const set of lexicon.synonymTerms(term)) if (set < flags.length) flags[set] = 1;
  };
  const languages = new Set(statements.map((statement) => statement.language));
  lexicon.words.forEach((word, id) => {
    if (!SPEECH_FRAME_WORDS.has(word)) return;
    for (const language of languages) for (const term of lexicon.termsOf(id, language)) exclude(term);
  });
  return flags;
}

/** A similarity as reported in the output: three decimals. */
export function roundSimilarity(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * The dot product of two sparse vectors: a merge of their ascending term lists, the products added in ascending term
 * order (so that every caller gets the same floating-point sum for the same pair).
 */
export function sparseDot(a: SparseVector, b: SparseVector): number {
  let dot = 0;
  let i = a.from;
  let j = b.from;
  while (i < a.to && j < b.to) {
    const difference = a.terms[i] - b.terms[j];
    if (difference === 0) dot += a.weights[i++] * b.weights[j++];
    else if (difference < 0) i++;
    else j++;
  }
  return dot;
}

/** The cosine of two TF-IDF vectors, in [0, 1] (0 when either is empty). */
export function cosine(a: SparseVector, b: SparseVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  return Math.min(1, sparseDot(a, b) / (a.norm * b.norm));
}

/**
 * cosine(a, b) with `a` scattered into `dense` (dense[term] = a's weight, 0 elsewhere): one pass
 * over b's terms instead of a merge, for scoring one vector against many. The same products are
 * added in the same (ascending term) order, and the terms a lacks add exactly 0, so the result is
 * bit-for-bit that of cosine(a, b).
 */
export function cosineScattered(dense: Float64Array, aNorm: number, b: SparseVector): number {
  if (aNorm === 0 || b.norm === 0) return 0;
  let dot = 0;
  for (let j = b.from; j < b.to; j++) dot += dense[b.terms[j]] * b.weights[j];
  return Math.min(1, dot / (aNorm * b.norm));
}

/** The vector of several units read as one text (a cell with two sentences). */
export function sumVectors(vectors: readonly SparseVector[]): SparseVector {
  if (vectors.length === 1) return vectors[0];
  const sums = new Map<number, number>();
  for (const vector of vectors) {
    for (let k = vector.from; k < vector.to; k++) sums.set(vector.terms[k], (sums.get(vector.terms[k]) ?? 0) + vector.weights[k]);
  }
  const terms = Int32Array.from(sums.keys()).sort();
  const weights = Float64Array.from(terms, (term) => sums.get(term)!);
  let squares = 0;
  for (let k = 0; k < weights.length; k++) squares += weights[k] * weights[k];
  return { terms, weights, from: 0, to: terms.length, norm: Math.sqrt(squares) };
}

/**
 * cosine(a, b) over the terms that are not names, titles or countries (`nameTerm`): what two units share beyond
 * who and where. 0 when they share only names. Source of the rule: issue 11 ("a match needs overlap beyond names
 * and titles").
 */
export function substantiveCosine(a: SparseVector, b: SparseVector, nameTerm: Uint8Array): number {
  const norms = substantiveNorms(a, b, nameTerm);
  if (norms === 0) return 0;
  return Math.min(1, substantiveDot(a, b, nameTerm) / norms);
}

/**
 * The product of the norms of a and b over their terms that are not names (`nameTerm`), or 0 when either has only
 * names: the denominator of substantiveCosine (and of the soft matcher's `substance`).
 */
export function substantiveNorms(a: SparseVector, b: SparseVector, nameTerm: Uint8Array): number {
  let aSquares = 0;
  let bSquares = 0;
  for (let i = a.from; i < a.to; i++) if (!nameTerm[a.terms[i]]) aSquares += a.weights[i] * a.weights[i];
  for (let j = b.from; j < b.to; j++) if (!nameTerm[b.terms[j]]) bSquares += b.weights[j] * b.weights[j];
  if (aSquares === 0 || bSquares === 0) return 0;
  return Math.sqrt(aSquares * bSquares);
}

/** The dot product of a and b over the terms they share that are not names (`nameTerm`): substantiveCosine's numerator. */
export function substantiveDot(a: SparseVector, b: SparseVector, nameTerm: Uint8Array): number {
  let dot = 0;
  let i = a.from;
  let j = b.from;
  while (i < a.to && j < b.to) {
    const difference = a.terms[i] - b.terms[j];
    if (difference === 0) {
      if (!nameTerm[a.terms[i]]) dot += a.weights[i] * b.weights[j];
      i++;
      j++;
    } else if (difference < 0) i++;
    else j++;
  }
  return dot;
}
