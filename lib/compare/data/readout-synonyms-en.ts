/**
 * Synonym sets of the readout genre that WordNet lacks, in the same form as data/synonyms-en.ts (English matching terms,
 * as lib/compare/normalise.ts stems them, separated by spaces; one set a line). Readouts of one call report that it
 * happened in their own words: "spoke with", "held a phone call", "had a telephone conversation", "talked"; WordNet
 * puts "speak"/"talk" and "call"/"phone"/"telephone" in different sets, and leaves the past "spoke" apart from "speak".
 * Source: issue 11 ("A paraphrase is missed": "… complained … during his phone call with Rossi"), measured with
 * `npm run eval` (docs/alignment-eval.md). __tests__/compare/synonyms.test.ts checks each term is the stem of its word.
 */
export const READOUT_SYNONYM_SETS_EN = ["spoke speak talk call phone telephon convers"].join("\n");
