/** A visible, labelled gap: the party did not report this claim. */
export function NotReportedCell({ label }: { label: string }) {
  return (
    <div
      data-testid="not-reported"
      className="flex h-full min-h-16 items-center justify-center rounded border border-dashed border-slate-300 bg-slate-50 px-3 py-2 text-center text-sm italic text-slate-600"
    >
      not reported by {label}
    </div>
  );
}
