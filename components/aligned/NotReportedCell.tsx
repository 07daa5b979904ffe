/**
 * A visible, labelled gap: the party did not report this claim. Seen at a glance by colour (amber), shape (a
 * hatched box with a crossed-circle mark) and words — not colour alone, so it survives greyscale print too.
 */
export function NotReportedCell({ label }: { label: string }) {
  return (
    <div
      data-testid="gap-cell"
      className="gap-cell flex h-full min-h-16 items-center justify-center gap-2 rounded border-2 border-dashed border-amber-600 px-3 py-2 text-center text-sm font-medium text-amber-950"
    >
      <span aria-hidden="true" className="text-lg leading-none text-amber-700">
        ⊘
      </span>
      <span>
        <span aria-hidden="true" className="block text-xs font-bold uppercase tracking-wide">
          Gap
        </span>
        <span data-testid="not-reported">not reported by {label}</span>
      </span>
    </div>
  );
}
