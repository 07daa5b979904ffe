interface PairPickerProps {
  /** Path of the page the form submits to (a GET, so the choice lands in the URL). */
  action?: string;
  options: { value: string; label: string }[];
  a: string;
  b: string;
  /** URL parameter names of the two choices. */
  names?: { a: string; b: string };
  /** Accessible name of the form. */
  label?: string;
  /** Other URL parameters to keep when the pair changes. */
  keep?: Record<string, string>;
}

/** Two selects (From, To) and a button; works without JavaScript and leaves a shareable URL. */
export function PairPicker({
  action,
  options,
  a,
  b,
  names = { a: "a", b: "b" },
  label = "Choose two statements to compare",
  keep = {},
}: PairPickerProps) {
  const select = (name: string, text: string, value: string) => (
    <div className="flex min-w-0 max-w-full flex-col gap-1 text-sm font-medium text-slate-700">
      <label htmlFor={`pair-${name}`}>{text}</label>
      <select
        id={`pair-${name}`}
        name={name}
        defaultValue={value}
        className="w-full max-w-full truncate rounded border border-slate-300 bg-white px-2 py-1.5 text-slate-900 focus:outline-2 focus:outline-blue-700"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    // key: remount the uncontrolled selects when the URL's pair changes (client-side navigation, Back).
    <form key={`${a}|${b}`} action={action} method="get" autoComplete="off" className="no-print flex min-w-0 flex-wrap items-end gap-3" aria-label={label}>
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {select(names.a, "From", a)}
      {select(names.b, "To", b)}
      <button type="submit" className="rounded bg-slate-900 px-3 py-1.5 text-sm font-semibold text-white hover:bg-slate-700 focus:outline-2 focus:outline-offset-2 focus:outline-blue-700">
        Compare
      </button>
    </form>
  );
}
