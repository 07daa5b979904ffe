import { statementKindLabel } from "@/lib/domain/kinds";
import { formatDate } from "@/lib/format";
import type { StatementWithParty } from "@/lib/data/events";

/** Where a statement comes from: kind, source, link, date, speaker, and how we got it. */
export function ProvenanceList({ statement }: { statement: StatementWithParty }) {
  const rows: [string, React.ReactNode][] = [
    ["Kind", statementKindLabel(statement.kind)],
    ["Source", statement.sourceName],
    [
      "Link",
      statement.sourceUrl ? (
        <a className="break-all text-blue-800 underline" href={statement.sourceUrl} rel="noreferrer noopener">
          {statement.sourceUrl}
        </a>
      ) : (
        <span className="text-slate-600">none on file</span>
      ),
    ],
    ["Date", statement.publishedOn ? formatDate(statement.publishedOn) : <span className="text-slate-600">not given</span>],
    ["Speaker", statement.speaker ?? <span className="text-slate-600">not named</span>],
  ];
  return (
    <div className="text-xs text-slate-700">
      <dl className="grid grid-cols-[auto_1fr] gap-x-2 gap-y-0.5">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold text-slate-600">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {statement.provenanceNote && <p className="mt-2 italic leading-snug">{statement.provenanceNote}</p>}
    </div>
  );
}
