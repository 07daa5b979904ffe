import { foldWord } from "../../text/fold";
import { stemmerFor } from "../../text/stem";

/**
 * Words whose hyphen after the prefix tells them from a different word written without it: "re-sign" (sign
 * again) is not "resign" (step down), "re-form" is not "reform", "re-count" is not "recount" (as a noun), "re-press"
 * is not "repress". After the "distinguishing hyphen" lists of New Hart's Rules (Oxford, 2nd ed., 2014, ch. 4,
 * hyphenation after prefixes) and The Chicago Manual of Style (17th ed., 2017, § 7.89, prefixes: "re-cover",
 * "re-creation"). Each entry is the hyphenated form; the joined form is the other word. Stems (Porter), so
 * inflected forms count too ("re-signed" → "resigned").
 */
const DISTINGUISHING_HYPHENS = `re-sign re-form re-count re-press re-cover re-creation re-create re-sort re-lease re-mark re-serve
re-solve re-present re-presentation re-act re-fuse re-dress re-treat re-collect re-collection re-sent re-signation re-formation
re-tire re-strain re-claim re-store re-turn re-fund re-pair re-place re-view re-call re-search re-source re-port re-prove
re-bound re-lay re-member re-creational co-op un-ionized un-ionised multi-ply pre-position pre-tender de-fuse de-sign de-canter
de-range de-note de-press de-ride de-tract in-valid un-do`;

const stem = stemmerFor("en")!;
const joinedStems = new Set<string>();
for (const hyphenated of DISTINGUISHING_HYPHENS.split(/\s+/u).filter(Boolean)) joinedStems.add(stem(hyphenated.replace("-", "")));

/** The entries, for tests and docs: [hyphenated, joined]. */
export function distinguishingHyphenPairs(): [string, string][] {
  return DISTINGUISHING_HYPHENS.split(/\s+/u)
    .filter(Boolean)
    .map((hyphenated) => [hyphenated, hyphenated.replace("-", "")]);
}

const HYPHENATED_WORD = /\p{L}+[-‐‑]\p{L}+/gu;

/**
 * Whether a hyphen added or dropped inside one of the words of `before`/`after` makes a different word (the list
 * above, matched by the joined word's stem: "re-signed" / "resigned"), so the edit is no typography. Only a hyphen
 * after a prefix of the list's shape counts (letters, hyphen, letters). Throws nothing.
 */
export function changesWordByHyphen(before: string, after: string): boolean {
  for (const text of [before, after]) {
    for (const match of text.matchAll(HYPHENATED_WORD)) {
      const joined = foldWord(match[0]).replace(/[-‐‑]/gu, "");
      if (joinedStems.has(stem(joined)) || joinedStems.has(joined)) return true;
    }
  }
  return false;
}
