import type { QuoteVerdict } from "@/lib/compare/types";
import { QUOTE_VERDICT_LABELS } from "@/lib/view/quote-verdicts";

const STYLES: Record<QuoteVerdict, { className: string; symbol: string }> = {
  verbatim: { symbol: "=", className: "border-emerald-700 bg-emerald-50 text-emerald-900" },
  altered: { symbol: "≠", className: "border-amber-700 bg-amber-50 text-amber-950" },
  not_found: { symbol: "?", className: "border-slate-500 bg-slate-100 text-slate-800" },
  not_found_in_speaker: { symbol: "!", className: "border-rose-700 bg-rose-50 text-rose-900" },
  other_party: { symbol: "↔", className: "border-violet-700 bg-violet-50 text-violet-900" },
  no_speaker_statement: { symbol: "∅", className: "border-slate-400 bg-white text-slate-700" },
};

/** The quote-check verdict as a badge; the symbol and word carry it without colour. */
export function QuoteVerdictBadge({ verdict }: { verdict: QuoteVerdict }) {
  const style = STYLES[verdict];
  return (
    <span
      data-testid="verdict-badge"
      data-verdict={verdict}
      className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold uppercase tracking-wide ${style.className}`}
    >
      <span aria-hidden="true">{style.symbol}</span>
      {QUOTE_VERDICT_LABELS[verdict]}
    </span>
  );
}
