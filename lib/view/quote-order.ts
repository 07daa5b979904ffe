import type { QuoteCheck, QuoteVerdict } from "../compare/types";
import { QUOTE_VERDICT_ORDER } from "./quote-verdicts";

/**
 * The Quote check view's list: altered first, then the other flags, verbatim last (QUOTE_VERDICT_ORDER); in text
 * order within a verdict; only `verdict`'s quotations when one is chosen (null: all). The view and its exports use it.
 */
export function quotesInViewOrder(quotes: readonly QuoteCheck[], verdict: QuoteVerdict | null): QuoteCheck[] {
  const rank = (q: QuoteCheck) => QUOTE_VERDICT_ORDER.indexOf(q.verdict);
  const sorted = quotes
    .map((q, i) => [q, i] as const)
    .sort(([a, i], [b, j]) => rank(a) - rank(b) || i - j)
    .map(([q]) => q);
  return verdict ? sorted.filter((q) => q.verdict === verdict) : sorted;
}
