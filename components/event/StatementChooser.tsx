import type { StatementColumnInfo } from "@/lib/view/columns";

interface StatementChooserProps {
  action: string;
  columns: StatementColumnInfo[];
  shown: string[];
  base: string;
  threshold: number | null;
  defaultThreshold: number;
  /** URL parameters to keep (e.g. the current view). */
  keep: Record<string, string>;
}

/** Which statements to compare, which one sets the row order, and how strict alignment is: a GET form. */
export function StatementChooser({ action, columns, shown, base, threshold, defaultThreshold, keep }: StatementChooserProps) {
  return (
    // The inputs are uncontrolled (the form works without JavaScript); the key remounts them whenever the URL's state
    // changes, so after a client-side navigation or Back they show the URL's choice, not the last one typed.
    <form
      key={JSON.stringify([shown, base, threshold])}
      action={action}
      method="get"
      // No form restoration on Back: the browser would refill the last typed values over the URL's state.
      autoComplete="off"
      aria-label="Statements to compare" className="no-print rounded-lg border border-slate-200 bg-white p-3">
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
        <fieldset>
          <legend className="text-sm font-semibold text-slate-700">Statements shown</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {columns.map((column) => (
              <label key={column.id} className="inline-flex items-center gap-1.5 text-sm">
                <input type="checkbox" name="statement" value={column.id} defaultChecked={shown.includes(column.id)} className="h-4 w-4 accent-slate-800" />
                <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm" style={{ backgroundColor: column.color }} />
                {column.label}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor="chooser-base" className="font-semibold text-slate-700">
            Row order follows
          </label>
          <select id="chooser-base" name="base" defaultValue={base} className="rounded border border-slate-300 bg-white px-2 py-1">
            {columns.map((column) => (
              <option key={column.id} value={column.id}>
                {column.label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor="chooser-threshold" className="font-semibold text-slate-700">
            Match threshold
          </label>
          <input
            id="chooser-threshold"
            name="threshold"
            type="number"
            min={0.05}
            max={0.95}
            step={0.05}
            defaultValue={threshold ?? ""}
            placeholder={String(defaultThreshold)}
            aria-describedby="chooser-threshold-help"
            className="w-24 rounded border border-slate-300 px-2 py-1"
          />
          <span id="chooser-threshold-help" className="text-xs text-slate-600">
            higher = stricter (default {defaultThreshold})
          </span>
        </div>
        <button type="submit" className="rounded bg-slate-900 px-3 py-1.5 text-sm font-semibold text-white hover:bg-slate-700">
          Apply
        </button>
      </div>
    </form>
  );
}
