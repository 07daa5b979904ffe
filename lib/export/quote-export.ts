import type { DiffPart, QuoteVerdict, SpeakerBasis } from "../compare/types";
import { quotesInViewOrder } from "../view/quote-order";
import { QUOTE_VERDICT_LABELS, QUOTE_VERDICT_ORDER } from "../view/quote-verdicts";
import { SPEAKER_BASIS_LABELS } from "../view/speaker-basis";
import { labelOf, type ExportModel } from "./model";

/** One line of the exported quote list, as the Quote check view shows it. */
export interface QuoteExportLine {
  id: string;
  /** The quoted words, without the quote marks. */
  quotation: string;
  /** The speaker as the text names them; null when no speaker is named. */
  speaker: string | null;
  speakerBasis: SpeakerBasis | null;
  /** How the speaker was found ("named after the quotation", …); null without a speaker. */
  speakerBasisLabel: string | null;
  /** The statement holding the quotation (its label) and its id. */
  quotedIn: string;
  quotedInId: string;
  verdict: QuoteVerdict;
  verdictLabel: string;
  /** The closest passage found in another statement, its statement, and similarity (0–1); null when none. */
  closestPassage: string | null;
  closestIn: string | null;
  closestInId: string | null;
  similarity: number | null;
  /** Word diff from the closest passage to the quotation, shown for an altered quotation; empty otherwise. */
  differences: DiffPart[];
  /** Other statements holding it word for word (labels). */
  verbatimIn: string[];
}

/** What the Quote check view shows, as data: its verdict filter, the counts per verdict, and the list in view order. */
export interface QuoteExport {
  verdict: QuoteVerdict | null;
  /** Every quotation's verdict count (the view's chips), whatever the filter; verdicts with none left out. */
  counts: { verdict: QuoteVerdict; label: string; count: number }[];
  total: number;
  quotes: QuoteExportLine[];
}

/** The Quote check view's list under its verdict filter (`state.verdict`; null: every quotation). */
export function quoteExport(model: ExportModel, verdict: QuoteVerdict | null): QuoteExport {
  const all = model.comparison.quotes;
  return {
    verdict,
    total: all.length,
    counts: QUOTE_VERDICT_ORDER.map((v) => ({ verdict: v, label: QUOTE_VERDICT_LABELS[v], count: all.filter((q) => q.verdict === v).length })).filter(
      (entry) => entry.count > 0,
    ),
    quotes: quotesInViewOrder(all, verdict).map((quote) => ({
      id: quote.id,
      quotation: quote.text,
      speaker: quote.speaker?.name ?? null,
      speakerBasis: quote.speaker?.basis ?? null,
      speakerBasisLabel: quote.speaker ? SPEAKER_BASIS_LABELS[quote.speaker.basis] ?? quote.speaker.basis : null,
      quotedIn: labelOf(model, quote.statementId),
      quotedInId: quote.statementId,
      verdict: quote.verdict,
      verdictLabel: QUOTE_VERDICT_LABELS[quote.verdict],
      closestPassage: quote.source?.text ?? null,
      closestIn: quote.source ? labelOf(model, quote.source.statementId) : null,
      closestInId: quote.source?.statementId ?? null,
      similarity: quote.source ? quote.source.similarity : null,
      differences: quote.verdict === "altered" && quote.source ? quote.source.parts : [],
      verbatimIn: quote.verbatimIn.map((id) => labelOf(model, id)),
    })),
  };
}
