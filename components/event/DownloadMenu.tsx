interface DownloadMenuProps {
  /** `/events/<slug>/export` */
  basePath: string;
  /** The page's query (`?…`), so the download matches what is on screen. */
  query: string;
  pairwise: boolean;
}

function withParam(query: string, name: string, value: string): string {
  const params = new URLSearchParams(query);
  params.set(name, value);
  return `?${params.toString()}`;
}

/** Downloads of the current view in every format. Plain links: they work without JavaScript. */
export function DownloadMenu({ basePath, query, pairwise }: DownloadMenuProps) {
  const items: [string, string, string][] = [
    ["Markdown", "md", query],
    ["HTML (self-contained)", "html", query],
    ...(pairwise
      ? ([["CSV: change list", "csv", withParam(query, "table", "changes")]] as [string, string, string][])
      : ([
          ["CSV: aligned claims", "csv", withParam(query, "table", "claims")],
          ["CSV: coverage matrix", "csv", withParam(query, "table", "coverage")],
        ] as [string, string, string][])),
    ["JSON (comparison format)", "json", query],
    ["PDF, A4", "pdf", withParam(query, "paper", "A4")],
    ["PDF, Letter", "pdf", withParam(query, "paper", "Letter")],
  ];
  return (
    <details className="no-print relative" data-testid="download-menu">
      <summary className="cursor-pointer list-none rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold hover:bg-slate-100">
        Download ▾
      </summary>
      <ul className="absolute right-0 z-20 mt-1 w-64 rounded-lg border border-slate-200 bg-white py-1 text-sm shadow-lg">
        {items.map(([label, format, q]) => (
          <li key={label}>
            <a href={`${basePath}/${format}${q}`} download className="block px-3 py-1.5 hover:bg-slate-100">
              {label}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
