import type { QuoteVerdict } from "../compare/types";

/** How a quote-check verdict is written for readers: in the view's badge and in the exports. */
export const QUOTE_VERDICT_LABELS: Record<QuoteVerdict, string> = {
  verbatim: "verbatim",
  altered: "altered",
  not_found: "not found",
  not_found_in_speaker: "not found in the speaker’s statements",
  other_party: "found only in another party’s statement",
  no_speaker_statement: "no statement by this speaker here",
};

/** The order of the quote list and its chips: altered first, then the other flags, verbatim last. */
export const QUOTE_VERDICT_ORDER: QuoteVerdict[] = ["altered", "not_found_in_speaker", "other_party", "not_found", "no_speaker_statement", "verbatim"];
