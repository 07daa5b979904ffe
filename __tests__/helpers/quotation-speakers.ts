import { findQuotations } from "@/lib/compare/quotation-marks";
import { attributeQuotations } from "@/lib/compare/quotes/speakers";

/**
 * Each quotation's speaker in `text` as the speaker finder gives it, "name/basis" ("Blinken/pronoun"), or null where it
 * names none: findQuotations then attributeQuotations with the statement's language, field (its speaker) and party names.
 */
export function speakersOf(text: string, language = "en", field: string | null = null, partyNames: string[] = []): (string | null)[] {
  return attributeQuotations(text, findQuotations(text), field, language, partyNames).map((found) => (found ? `${found.name}/${found.basis}` : null));
}
