import type { QuoteVerdict } from "../compare/types";

/** How a quote-check verdict is written for readers: in the view's badge and in the exports. */
export const QUOTE_VERDICT_LABELS: Record<QuoteVerdict, string> = {
  verbatim: "verbatim",
  altered: "altered",
  not_found: "not found",
};
