/** @jest-environment node */
// Shortcuts the engine takes for speed must give exactly what the general path gives.
import { possessiveEnding } from "@/lib/compare/entities";
import { Lexicon } from "@/lib/compare/lexicon";
import { numberMatchForm } from "@/lib/text/numbers";
import { normaliseText } from "@/lib/compare/normalise";
import { radixSortUint32 } from "@/lib/compare/radix-sort";
import { cosine, cosineScattered, type SparseVector } from "@/lib/compare/similarity";
import { prng } from "../../scripts/prng";

function randomVector(random: () => number, termCount: number): SparseVector {
  const terms = Int32Array.from(new Set(Array.from({ length: Math.floor(random() * 30) }, () => Math.floor(random() * termCount)))).sort();
  const weights = Float64Array.from(terms, () => random() * 5);
  let squares = 0;
  for (const weight of weights) squares += weight * weight;
  return { terms, weights, from: 0, to: terms.length, norm: Math.sqrt(squares) };
}

describe("cosineScattered", () => {
  it("is bit-for-bit cosine", () => {
    const random = prng(7);
    const dense = new Float64Array(200);
    for (let trial = 0; trial < 2000; trial++) {
      const a = randomVector(random, 200);
      const b = randomVector(random, 200);
      a.terms.forEach((term, k) => (dense[term] = a.weights[k]));
      // The same vector as a slice of larger arrays, as unit vectors are.
      const padded = { terms: Int32Array.from([7, ...b.terms, 3]), weights: Float64Array.from([1, ...b.weights, 2]), from: 1, to: b.terms.length + 1, norm: b.norm };
      expect(Object.is(cosine(a, padded), cosine(a, b))).toBe(true);
      expect(Object.is(cosineScattered(dense, a.norm, b), cosine(a, b))).toBe(true);
      a.terms.forEach((term) => (dense[term] = 0));
    }
  });
});

describe("Lexicon", () => {
  it("normalises plain ASCII words as normaliseText does", () => {
    const random = prng(11);
    const lexicon = new Lexicon();
    for (let trial = 0; trial < 5000; trial++) {
      const length = 1 + Math.floor(random() * 8);
      const word = String.fromCharCode(...Array.from({ length }, () => 32 + Math.floor(random() * 96)));
      // Number tokens are also given one form for every grouping of thousands (lib/text/numbers.ts).
      const normalised = normaliseText(word);
      expect(lexicon.words[lexicon.codeAt(word, 0, word.length) >> 1]).toBe(/^\p{Nd}/u.test(normalised) ? numberMatchForm(normalised) : normalised);
    }
  });
});

describe("radixSortUint32", () => {
  it("sorts as Uint32Array.prototype.sort does", () => {
    const random = prng(5);
    for (const length of [0, 1, 2, 3, 100, 5000]) {
      const values = Uint32Array.from({ length }, () => (random() < 0.1 ? 0xffffffff : Math.floor(random() * 2 ** 32)));
      expect(Array.from(radixSortUint32(values.slice()))).toEqual(Array.from(values.slice().sort()));
    }
  });
});

describe("possessiveEnding", () => {
  it("measures what /['’]s$|(?<=s)['’]$/u matches", () => {
    const random = prng(3);
    const alphabet = ["s", "'", "’", "S", "a", "x", "-"];
    for (let trial = 0; trial < 3000; trial++) {
      const word = Array.from({ length: Math.floor(random() * 5) }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
      const text = `(${word})`;
      expect(possessiveEnding(text, 1, 1 + word.length)).toBe(/['’]s$|(?<=s)['’]$/u.exec(word)?.[0].length ?? 0);
    }
  });
});
