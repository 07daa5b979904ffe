import type { EventView } from "@/lib/view/event-view-state";

interface DownloadMenuProps {
  /** `/events/<slug>/export` */
  basePath: string;
  /** The page's query (`?…`), so the download matches what is on screen. */
  query: string;
  /** The view on screen: its export holds that view (aligned rows, coverage matrix, quote list or the pair). */
  view: EventView;
}

function withParams(query: string, values: Record<string, string>): string {
  const params = new URLSearchParams(query);
  for (const [name, value] of Object.entries(values)) params.set(name, value);
  return `?${params.toString()}`;
}

const CSV_ITEMS: Record<EventView, [string, string][]> = {
  aligned: [["CSV: aligned claims", "claims"]],
  coverage: [["CSV: coverage matrix", "coverage"]],
  quotes: [["CSV: quote list", "quotes"]],
  pairwise: [
    ["CSV: change list", "changes"],
    ["CSV: edits by what they change", "edits"],
  ],
};

/** Downloads of the current view in every format, each naming the view. Plain links: they work without JavaScript. */
export function DownloadMenu({ basePath, query, view }: DownloadMenuProps) {
  const q = (values: Record<string, string> = {}) => withParams(query, { view, ...values });
  const items: [string, string, string][] = [
    ["Markdown", "md", q()],
    ["HTML (self-contained)", "html", q()],
    ...CSV_ITEMS[view].map(([label, table]): [string, string, string] => [label, "csv", q({ table })]),
    [view === "aligned" ? "JSON (comparison format)" : "JSON", "json", q()],
    ["PDF, A4", "pdf", q({ paper: "A4" })],
    ["PDF, Letter", "pdf", q({ paper: "Letter" })],
  ];
  return (
    <details className="no-print relative" data-testid="download-menu">
      <summary className="cursor-pointer list-none rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold hover:bg-slate-100">
        Download ▾
      </summary>
      <ul className="absolute right-0 z-20 mt-1 w-64 rounded-lg border border-slate-200 bg-white py-1 text-sm shadow-lg">
        {items.map(([label, format, href]) => (
          <li key={label}>
            <a href={`${basePath}/${format}${href}`} download className="block px-3 py-1.5 hover:bg-slate-100">
              {label}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
