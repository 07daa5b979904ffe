import { foldForMatching } from "../../text/fold";

/**
 * Punctuation that changes what a sentence does rather than how it is written:
 * - a question mark added or dropped turns a statement into a question or back (the sentence's mood: Palmer,
 *   *Mood and Modality*, 2001, ch. 1, declarative and interrogative): a fact, "modality";
 * - quotation marks added or dropped (not restyled: every style counts as one mark under the matching fold) turn a
 *   paraphrase into a direct quotation, or words into scare quotes: the rules cannot tell which, so unclassified.
 */
const count = (text: string, mark: RegExp) => text.match(mark)?.length ?? 0;

export function changesMood(before: string, after: string): boolean {
  return count(before, /[?？՞]/gu) !== count(after, /[?？՞]/gu);
}

export function changesQuotation(before: string, after: string): boolean {
  return count(foldForMatching(before), /'/gu) !== count(foldForMatching(after), /'/gu) && !/\p{L}'|'\p{L}/u.test(foldForMatching(before + " " + after));
}
