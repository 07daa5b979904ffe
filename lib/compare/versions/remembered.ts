/** Remembered results kept per function: cleared when this many are held, so a long-running server stays bounded. */
const REMEMBERED_MAX = 20_000;

/**
 * `compute` with its results remembered by argument (at most REMEMBERED_MAX, then cleared): one classification folds,
 * stems and looks up each word several times, and the edits of a diff repeat words (the stemmers' and the spelling
 * rules' regular expressions are costly per call). `compute` must be pure. Used by classify.ts, inflections.ts, name-forms.ts and names-after-titles.ts.
 */
export function remembered<T>(compute: (word: string) => T): (word: string) => T {
  const results = new Map<string, T>();
  return (word) => {
    let result = results.get(word);
    if (result === undefined) {
      if (results.size >= REMEMBERED_MAX) results.clear();
      result = compute(word);
      results.set(word, result);
    }
    return result;
  };
}
