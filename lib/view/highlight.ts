export interface TextRun {
  text: string;
  match: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Splits text into runs, marking every case-insensitive occurrence of the query. */
export function highlightRuns(text: string, query: string): TextRun[] {
  const needle = query.trim();
  if (!needle) return [{ text, match: false }];
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(new RegExp(escapeRegExp(needle), "giu"))) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), match: false });
    runs.push({ text: match[0], match: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), match: false });
  return runs;
}

/** About `radius` characters either side of the first match, cut at word boundaries, with ellipses. */
export function snippetAround(text: string, query: string, radius = 90): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const at = flat.toLowerCase().indexOf(query.trim().toLowerCase());
  if (at < 0) return flat.length > radius * 2 ? `${flat.slice(0, radius * 2).replace(/\s\S*$/, "")}…` : flat;
  let start = Math.max(0, at - radius);
  let end = Math.min(flat.length, at + query.trim().length + radius);
  if (start > 0) start = flat.indexOf(" ", start) + 1 || start;
  if (end < flat.length) end = flat.lastIndexOf(" ", end) > at ? flat.lastIndexOf(" ", end) : end;
  return `${start > 0 ? "…" : ""}${flat.slice(start, end)}${end < flat.length ? "…" : ""}`;
}
