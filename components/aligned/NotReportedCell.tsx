/**
 * A visible, labelled gap: the party did not report this claim. Seen at a glance by colour (amber), shape (a
 * hatched box with a crossed-circle mark) and words — not colour alone, so it survives greyscale print too.
 * Styled by the `.gap-cell` rules in app/globals.css (one class for the cell: a page may hold hundreds of gaps).
 */
export function NotReportedCell({ label }: { label: string }) {
  return (
    <div data-testid="gap-cell" className="gap-cell">
      <span aria-hidden="true">⊘</span>
      <span>
        <span aria-hidden="true">Gap</span>
        <span data-testid="not-reported">{`not reported by ${label}`}</span>
      </span>
    </div>
  );
}
