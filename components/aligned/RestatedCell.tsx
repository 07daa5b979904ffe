/**
 * A statement that an editor marked as saying the row's claim in other words, in a sentence that sits in another row:
 * it counts as reporting the claim (no gap), and its wording is shown here, set apart from a cell of its own.
 */
export function RestatedCell({ text, label }: { text: string; label: string }) {
  return (
    <div data-testid="restated-cell" className="rounded border border-violet-300 bg-violet-50/60 px-3 py-2 text-sm">
      <span className="block font-sans text-xs font-semibold uppercase tracking-wide text-violet-900">Said in other words</span>
      <span className="sr-only">{label}, in another row: </span>
      <span className="italic">{text}</span>
    </div>
  );
}
