import { verdictLabel } from "@/lib/domain/kinds";

/** Verdict colours: text on tint, all at least 7:1; the label carries the meaning, colour only helps. */
export const VERDICT_STYLES: Record<string, { badge: string; mark: string }> = {
  accurate: { badge: "bg-emerald-100 text-emerald-950 ring-emerald-700/30", mark: "bg-emerald-100 decoration-emerald-700" },
  misleading: { badge: "bg-amber-100 text-amber-950 ring-amber-700/30", mark: "bg-amber-100 decoration-amber-700" },
  false: { badge: "bg-rose-100 text-rose-950 ring-rose-700/30", mark: "bg-rose-100 decoration-rose-700" },
  unverified: { badge: "bg-slate-200 text-slate-900 ring-slate-600/30", mark: "bg-slate-200 decoration-slate-600" },
  needs_context: { badge: "bg-sky-100 text-sky-950 ring-sky-700/30", mark: "bg-sky-100 decoration-sky-700" },
};

export function verdictStyle(verdict: string) {
  return VERDICT_STYLES[verdict] ?? VERDICT_STYLES.unverified;
}

export function VerdictBadge({ verdict }: { verdict: string }) {
  return (
    <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-semibold ring-1 ${verdictStyle(verdict).badge}`} data-verdict={verdict}>
      {verdictLabel(verdict)}
    </span>
  );
}
