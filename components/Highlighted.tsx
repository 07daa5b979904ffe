import { highlightRuns } from "@/lib/text/highlight";

/** Text with every occurrence of `query` wrapped in <mark>. */
export function Highlighted({ text, query }: { text: string; query: string | undefined }) {
  if (!query) return <>{text}</>;
  return (
    <>
      {highlightRuns(text, query).map((run, i) =>
        run.match ? (
          <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-slate-950">
            {run.text}
          </mark>
        ) : (
          <span key={i}>{run.text}</span>
        ),
      )}
    </>
  );
}
