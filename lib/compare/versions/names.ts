import { endsSentenceGap } from "../../text/sentence-marks";
import { isArmenianColon } from "../armenian-stops";
import { CapitalSentences } from "./capital-sentences";
import type { VersionSentence, VersionVocabulary } from "./sentences";

const CAPITAL = /^\p{Lu}/u;

/** Whether the UTF-16 unit at `offset` is an upper-case letter (ASCII without a regular expression). */
function capitalAt(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  if (code < 128) return code >= 65 && code <= 90;
  return CAPITAL.test(text[offset] ?? "");
}

/**
 * The folded words written with a capital somewhere other than at a sentence's start, in either version: names
 * by their own texts' evidence (classifyEdit's nameElsewhere). A sentence written in capitals or in title case
 * (capital-sentences.ts, capitals.ts: a wire copy, a headline) is no evidence: there every word has one. Built on first use (only a changed capital at a
 * sentence start asks): one pass over the word ids of both texts, a mark per id (the vocabulary's folded word),
 * so a word is folded once however often it is written. `texts`: each version's text with its sentences, cut
 * with `vocabulary`, and optionally its sentences' styles (the diff's own CapitalSentences, so no sentence is read twice). The
 * folded word is asked without a possessive "'s". Throws nothing.
 */
export function namesOfTexts(vocabulary: VersionVocabulary, texts: [string, readonly VersionSentence[], CapitalSentences?][]): (folded: string) => boolean {
  let names: Set<string> | null = null;
  return (folded) => {
    if (!names) {
      const found = new Set<string>();
      const marked = new Uint8Array(vocabulary.size);
      for (const [text, sentences, capitals] of texts) {
        const styled = capitals ?? new CapitalSentences(text, sentences);
        const armenianColon = (colon: number) => isArmenianColon(text, colon);
        sentences.forEach((sentence, index) => {
          const { words, starts, ends } = sentence;
          if (styled.at(index)) return;
          for (let k = 1; k < starts.length; k++) {
            const id = words[k];
            if (marked[id] || !capitalAt(text, starts[k])) continue;
            // A word after a sentence's end inside a sentence piece opens a sentence too: a sentence-terminal mark
            // (lib/text/sentence-marks.ts) or Armenian's ":" typed for "։", then space.
            if (endsSentenceGap(text, ends[k - 1], starts[k], armenianColon)) continue;
            marked[id] = 1;
            found.add(vocabulary.keyOf(id).replace(/'s?$/u, ""));
          }
        });
      }
      names = found;
    }
    return names.has(folded);
  };
}
