/**
 * Spellings of one name that count as one entity.
 *
 * Transliteration: names from Armenian, Azerbaijani, Russian or Georgian reach English in several romanisations
 * ("Pashinyan"/"Pashinian", "Aliyev"/"Aliev", "Zelensky"/"Zelenskyy"/"Zelenskiy", "Mirzoyan"/"Mirzoian"). Their
 * differences are the letters a romanisation chooses for one sound: y, j and i for [j]/[i]; kh or h for [x]; doubled
 * letters; ph or f; w or v; x or ks. `transliterationSkeleton` folds exactly those, so two spellings with one
 * skeleton are one name; nothing else is merged (no edit distance: "Petrov"/"Petrova" stay two people).
 */

const FOLDS: [RegExp, string][] = [
  [/kh/gu, "h"],
  [/ph/gu, "f"],
  [/w/gu, "v"],
  [/x/gu, "ks"],
  [/[yj]/gu, "i"],
  // Doubled letters last, so that "iy" → "ii" → "i".
  [/(\p{L})\1+/gu, "$1"],
];

/** The folded skeleton of a lower-case name: "pashinyan" and "pashinian" → "pashinian"; "aliyev", "aliev" → "aliev". */
export function transliterationSkeleton(name: string): string {
  let skeleton = name.normalize("NFD").replace(/\p{M}/gu, "");
  for (const [pattern, replacement] of FOLDS) skeleton = skeleton.replace(pattern, replacement);
  return skeleton;
}

/** Institution words whose long form is "<word> of <subject>": "Ministry of Foreign Affairs" is the "Foreign Ministry". */
const INVERTIBLE = new Set(["ministry", "department", "office", "committee", "commission", "agency", "council"]);
/** Words the long form adds and the short form leaves out: "Ministry of Foreign Affairs" / "Foreign Ministry". */
const FILLERS = new Set(["affairs", "the"]);

/**
 * One key for the long and short names of one body: a place or demonym that says whose body it is comes first as
 * that place's key, then the body's name in its short word order without filler words.
 * "Azerbaijan's Ministry of Foreign Affairs", "the Azerbaijani Foreign Ministry" and "the Ministry of Foreign Affairs
 * of Azerbaijan" → "azerbaijan foreign ministry"; "Department of State" and "State Department" → "state department".
 * `words` are the run's words, lower-case, without possessive endings; `placeOf` gives a word's place key or null.
 */
export function organisationKey(words: readonly string[], placeOf: (word: string) => string | null): string {
  let owner: string | null = null;
  const rest: string[] = [];
  for (const word of words) {
    const place: string | null = owner === null ? placeOf(word) : null;
    if (place !== null) owner = place;
    else rest.push(word);
  }
  // A trailing "of" left by "… of Azerbaijan".
  while (rest.length > 0 && rest[rest.length - 1] === "of") rest.pop();
  let name = rest;
  const of = rest.indexOf("of");
  if (of === 1 && INVERTIBLE.has(rest[0]) && !rest.includes("of", of + 1)) name = [...rest.slice(2), rest[0]];
  const kept = name.filter((word) => !FILLERS.has(word));
  return [owner, ...kept].filter(Boolean).join(" ");
}
