import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { DatabaseProblem } from "@/components/DatabaseProblem";
import { AlignedView } from "@/components/event/AlignedView";
import { DownloadMenu } from "@/components/event/DownloadMenu";
import { CoverageView } from "@/components/event/CoverageView";
import { ExchangeChooser } from "@/components/event/ExchangeChooser";
import { StatementChooser } from "@/components/event/StatementChooser";
import { ViewTabs } from "@/components/event/ViewTabs";
import { PairPicker } from "@/components/PairPicker";
import { PairwiseView } from "@/components/pairwise/PairwiseView";
import { QuoteCheckList } from "@/components/quotes/QuoteCheckList";
import { correctAlignmentAction, resetAlignmentAction } from "@/app/editor/correction-actions";
import { safeRedirectTarget } from "@/lib/auth/redirect-target";
import { DEFAULT_OPTIONS } from "@/lib/compare";
import { groupByStatement, listAnnotationsForEvent } from "@/lib/data/annotations";
import { alignmentStamp } from "@/lib/data/corrections";
import { databaseStatus } from "@/lib/data/database-status";
import { getEvent } from "@/lib/data/events";
import { prisma, readPrisma } from "@/lib/db";
import { formatDate, isoDay } from "@/lib/format";
import { columnInfos, columnLookup } from "@/lib/view/columns";
import { compareShown, prepareComparison } from "@/lib/view/comparison-cache";
import type { CorrectionEditing } from "@/lib/view/correction-menu";
import { exchangeSummaries } from "@/lib/view/exchange-summary";
import { mostAlikePair } from "@/lib/view/default-pair";
import { pairwiseDiff } from "@/lib/view/pairwise-diff";
import { pageOfIndex } from "@/lib/view/row-page";
import { boundedSummaries, SUMMARY_LINES_PER_LIST } from "@/lib/view/summary-bound";
import {
  EVENT_VIEWS,
  eventViewQuery,
  needsCanonicalRedirect,
  parseEventViewState,
  type EventView,
  type EventViewState,
} from "@/lib/view/event-view-state";

/** The event page's URL query, one value or several per name. */
export type EventPageQuery = Record<string, string | string[] | undefined>;

// Readers' pages read the replica (lib/db.ts, readPrisma; the primary when there is none); a signed-in editor's page
// reads the primary, so it shows the save they just made even while the replica lags.
const loadEvent = cache((slug: string, fresh: boolean = false) => getEvent(slug, fresh ? prisma : readPrisma));

/** The event page's title: the event's, or why there is none. */
export async function eventPageMetadata(slug: string): Promise<Metadata> {
  const status = await databaseStatus();
  if (!status.ok) return { title: "Database not ready" };
  const event = await loadEvent(slug);
  return { title: event?.title ?? "Not found" };
}

/**
 * The event page for `slug` and its URL query. Reads no cookie, header or searchParams itself, so the cached route
 * (view/[state]/page.tsx) renders it once per (event, query) and serves it until a write revalidates it; signed-in
 * editors reach the dynamic route (page.tsx) instead (proxy.ts), so they always see fresh data.
 */
export async function EventPageBody({ slug, query, editor = null }: { slug: string; query: EventPageQuery; editor?: { id: number } | null }) {
  const status = await databaseStatus();
  if (!status.ok) return <DatabaseProblem status={status} />;
  const fresh = editor !== null;
  const event = await loadEvent(slug, fresh);
  if (!event) notFound();

  const path = `/events/${event.slug}`;
  const slugs = event.statements.map((s) => s.slug);
  const parsed = parseEventViewState(slugs, query, event.exchanges.map((x) => x.slug));
  if (needsCanonicalRedirect(query)) redirect(safeRedirectTarget(`${path}${eventViewQuery(parsed, slugs)}`, path));

  const allColumns = columnInfos(event.statements);
  // A large event is compared in the worker pool (the request thread stays free); compareShown then finds it cached.
  const prepared = await prepareComparison(event, parsed);
  const { statements: shownStatements, comparison, corrections } = compareShown(event, parsed, prepared);
  // With no pair in the URL, the pairwise view opens on the two statements with the most in common.
  const [likeA, likeB] = query.a === undefined && query.b === undefined ? mostAlikePair(comparison, parsed.shown) : [parsed.a, parsed.b];
  const state: EventViewState = { ...parsed, a: likeA, b: likeB };
  const href = (changes: Partial<EventViewState> = {}) => `${path}${eventViewQuery(state, slugs, changes)}`;
  // Primary sources are the columns; secondary ones (news reports) follow as reference columns.
  const shownColumns = columnInfos(shownStatements, event.statements);
  const columns = [...shownColumns.filter((c) => c.role !== "secondary"), ...shownColumns.filter((c) => c.role === "secondary")];
  // Only the aligned view shows annotations, so the other views skip the query.
  const annotationsById = state.view === "aligned" ? groupByStatement(await listAnnotationsForEvent(event.id, fresh ? prisma : readPrisma)) : new Map();
  const annotationsBySlug = new Map(event.statements.map((s) => [s.slug, annotationsById.get(s.id) ?? []]));
  // The aligned view's page that holds each claim row (unfiltered), for links from the coverage view.
  const rowIndex = new Map(comparison.rows.map((row, i) => [row.id, i]));
  const rowHref = (rowId: string) => `${href({ view: "aligned", filter: null, page: pageOfIndex(rowIndex.get(rowId) ?? 0) })}#${rowId}`;
  // Signed-in editors (the dynamic route passes `editor`) correct the alignment from the aligned view; readers see the
  // corrections' effect and credit.
  const editing: CorrectionEditing | null =
    editor && state.view === "aligned"
      ? {
          eventId: event.id,
          seen: alignmentStamp(event.alignmentCorrections),
          statements: new Map(event.statements.map((s) => [s.slug, { id: s.id, version: s.version }])),
          versions: new Map(event.alignmentCorrections.map((c) => [c.id, c.version])),
          labels: new Map(columns.map((c) => [c.id, c.label])),
          actions: { correct: correctAlignmentAction, reset: resetAlignmentAction },
        }
      : null;
  const tabHrefs = Object.fromEntries(EVENT_VIEWS.map((view) => [view, href({ view, filter: null, verdict: null })])) as Record<EventView, string>;

  return (
    <>
      <header className="max-w-4xl">
        <h1 className="font-serif text-3xl font-semibold leading-tight">{event.title}</h1>
        <p className="mt-1 text-sm text-slate-600">
          <time dateTime={isoDay(event.occurredOn)}>{formatDate(event.occurredOn)}</time> · {event.statements.length}{" "}
          {event.statements.length === 1 ? "statement" : "statements"}
        </p>
        {event.summary && <p className="mt-3 leading-relaxed text-slate-800">{event.summary}</p>}
      </header>

      {state.notices.length > 0 && (
        <ul role="status" className="mt-4 space-y-1 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {state.notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      )}

      <div className="mt-6 space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div className="min-w-0 flex-1">
            <ViewTabs current={state.view} hrefs={tabHrefs} />
          </div>
          <DownloadMenu basePath={`${path}/export`} query={eventViewQuery(state, slugs)} view={state.view} />
        </div>
        {state.view !== "pairwise" && (
          <ExchangeChooser exchanges={event.exchanges} current={state.exchange} href={(exchange) => href({ exchange, filter: null })} />
        )}
        {state.view !== "pairwise" && (
          <StatementChooser
            action={path}
            columns={allColumns}
            shown={state.shown}
            base={state.base}
            threshold={state.threshold}
            defaultThreshold={DEFAULT_OPTIONS.alignThreshold}
            keep={{ ...(state.view === "aligned" ? {} : { view: state.view }), ...(state.exchange ? { exchange: state.exchange } : {}) }}
          />
        )}

        {state.view === "aligned" && (
          <AlignedView
            comparison={comparison}
            columns={columns}
            statements={shownStatements}
            filter={state.filter}
            filterHref={(filter) => href({ filter })}
            highlight={[query.q].flat()[0]}
            annotations={annotationsBySlug}
            summaries={boundedSummaries(exchangeSummaries(comparison, columns, event, SUMMARY_LINES_PER_LIST), rowHref)}
            page={state.page}
            pageHref={(page) => href({ page })}
            correctionProblems={corrections.problems}
            editing={editing}
          />
        )}
        {state.view === "coverage" && (
          <CoverageView
            comparison={comparison}
            columns={columns}
            coverage={state.coverage}
            href={(coverage) => href({ coverage: { ...state.coverage, ...coverage } })}
            claimHref={rowHref}
            page={state.page}
            pageHref={(page) => href({ page })}
          />
        )}
        {state.view === "quotes" && (
          <QuoteCheckList quotes={comparison.quotes} columns={columnLookup(columns)} verdict={state.verdict} verdictHref={(verdict) => href({ verdict })} />
        )}
        {state.view === "pairwise" && (
          <PairwiseView
            {...pairwiseDiff(event.statements, state.a, state.b, comparison, state.typography)}
            mode={state.mode}
            typography={{ shown: state.typography, href: href({ typography: !state.typography }) }}
            modeHref={(mode) => href({ mode })}
            picker={
              <PairPicker
                action={path}
                options={allColumns.map((c) => ({ value: c.id, label: `${c.label}: ${c.title}` }))}
                a={state.a}
                b={state.b}
                keep={{ view: "pairwise", ...(state.mode === "inline" ? { mode: "inline" } : {}) }}
              />
            }
          />
        )}
      </div>
    </>
  );
}
