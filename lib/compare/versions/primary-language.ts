import { primaryLanguage } from "../stopwords";

const primaries = new Map<string, string>();

/** primaryLanguage (lib/compare/stopwords) remembered per tag: the edit rules ask it for every word. */
export function primaryOf(language: string): string {
  let primary = primaries.get(language);
  if (primary === undefined) {
    if (primaries.size > 1000) primaries.clear();
    primaries.set(language, (primary = primaryLanguage(language)));
  }
  return primary;
}
