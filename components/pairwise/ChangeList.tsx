import { excerpt, type ChangeBlock } from "@/lib/view/change-blocks";
import { DiffMark } from "../DiffMark";

/**
 * Every change with a jump link, and a strip showing where the changes fall in the text. `showTotal` false: the list
 * is headed "Marked passages" with no count (the page's count is the edit summary by class; tester C1).
 */
export function ChangeList({ changes, idPrefix, showTotal = true }: { changes: ChangeBlock[]; idPrefix: string; showTotal?: boolean }) {
  return (
    <div className="space-y-3">
      {/* A picture of where the changes fall, for the eye and the mouse; the change list below says the same in words. */}
      <div className="relative h-4 rounded bg-slate-200" data-testid="change-strip" aria-hidden="true">
        {changes.map((change) => (
          <a
            key={change.number}
            href={`#${idPrefix}${change.number}`}
            tabIndex={-1}
            aria-hidden="true"
            title={`Change ${change.number}`}
            className={`absolute top-0 h-4 w-1 rounded-sm ${change.deleted && change.inserted ? "bg-amber-600" : change.inserted ? "bg-emerald-700" : "bg-rose-700"}`}
            style={{ left: `calc(${(change.position * 100).toFixed(2)}% - 2px)` }}
          />
        ))}
      </div>
      <details className="rounded border border-slate-200 bg-white" open={changes.length <= 30}>
        <summary className="cursor-pointer px-3 py-2 text-sm font-semibold">{showTotal ? `Change list (${changes.length})` : "Marked passages"}</summary>
        <ol data-change-list className="relative max-h-80 divide-y divide-slate-100 overflow-y-auto text-sm" data-testid="change-list">
          {changes.map((change) => (
            <li key={change.number}>
              <a href={`#${idPrefix}${change.number}`} data-change={change.number} className="flex gap-2 px-3 py-1.5 hover:bg-slate-50">
                <span className="w-8 shrink-0 tabular-nums text-slate-600">{change.number}.</span>
                <span className="min-w-0">
                  {change.deleted && (
                    <DiffMark op="delete" className="mr-1">
                      {excerpt(change.deleted)}
                    </DiffMark>
                  )}
                  {change.inserted && <DiffMark op="insert">{excerpt(change.inserted)}</DiffMark>}
                </span>
              </a>
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
