import Link from "next/link";
import type { Comparison } from "@/lib/compare/types";
import type { StatementColumnInfo } from "@/lib/view/columns";
import { claimLines, ENTITY_KIND_LABELS, ENTITY_KIND_ORDER, entityLines, filterAndSort, shortLabel } from "@/lib/view/coverage-matrix";
import type { CoverageSort, EventViewState } from "@/lib/view/event-view-state";
import { pagesTogether } from "@/lib/view/row-page";
import { CoverageMatrix } from "../coverage/CoverageMatrix";
import { PageLinks } from "./PageLinks";

interface CoverageViewProps {
  comparison: Comparison;
  columns: StatementColumnInfo[];
  coverage: EventViewState["coverage"];
  href: (coverage: Partial<EventViewState["coverage"]>) => string;
  claimHref: (rowId: string) => string;
  /** The page of lines shown (1-based; claims and names paged together, lib/view/row-page.ts) and the link to another. */
  page?: number;
  pageHref?: (page: number) => string;
}

const SORT_LABELS: Record<CoverageSort, string> = { order: "Text order", reach: "Most reported first", label: "A–Z" };

function Choice({ href, current, children }: { href: string; current: boolean; children: React.ReactNode }) {
  return (
    <Link
      href={href}
      aria-current={current ? "true" : undefined}
      className={current ? "rounded bg-slate-900 px-2.5 py-1 font-semibold text-white" : "rounded border border-slate-300 bg-white px-2.5 py-1 hover:bg-slate-100"}
    >
      {children}
    </Link>
  );
}

/** Claims and names × parties, with "only reported by …" / "reported by all" filters and sorting. */
export function CoverageView({ comparison, columns, coverage, href, claimHref, page = 1, pageHref }: CoverageViewProps) {
  const shown = columns.map((c) => c.id);
  const entityKinds = ENTITY_KIND_ORDER.map((kind) => ({ kind, all: entityLines(comparison.entities, kind) })).filter(({ all }) => all.length > 0);
  const [claims, ...entityPages] = pagesTogether(
    [filterAndSort(claimLines(comparison), shown, coverage), ...entityKinds.map(({ all }) => filterAndSort(all, shown, coverage))],
    page,
  );
  return (
    <div className="space-y-6">
      <div className="no-print flex flex-wrap items-center gap-2 text-sm" role="group" aria-label="Filter">
        <span className="font-semibold text-slate-700">Show:</span>
        <Choice href={href({ only: null, all: false })} current={!coverage.only && !coverage.all}>
          Everything
        </Choice>
        <Choice href={href({ only: null, all: true })} current={coverage.all}>
          Reported by all
        </Choice>
        {columns.map((column) => (
          <Choice key={column.id} href={href({ only: column.id, all: false })} current={coverage.only === column.id}>
            Only reported by {column.label}
          </Choice>
        ))}
      </div>
      <div className="no-print flex flex-wrap items-center gap-2 text-sm" role="group" aria-label="Sort">
        <span className="font-semibold text-slate-700">Sort:</span>
        {(Object.keys(SORT_LABELS) as CoverageSort[]).map((sort) => (
          <Choice key={sort} href={href({ sort })} current={coverage.sort === sort}>
            {SORT_LABELS[sort]}
          </Choice>
        ))}
      </div>
      {pageHref && <PageLinks page={claims} href={pageHref} noun="lines" label="Pages of claims and names" />}
      <CoverageMatrix title="Claims" lines={claims.items.map((line) => ({ ...line, label: shortLabel(line.label) }))} total={claims.total} columns={columns} lineHref={(line) => claimHref(line.id)} testId="claims-matrix" />
      {entityKinds.map(({ kind }, i) => (
        <CoverageMatrix key={kind} title={ENTITY_KIND_LABELS[kind]} lines={entityPages[i].items} total={entityPages[i].total} columns={columns} testId={`entities-${kind}`} />
      ))}
    </div>
  );
}
