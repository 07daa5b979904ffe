import { TYPOGRAPHY_VALUES } from "./version-diff";
import { z } from "zod";
import type { QuoteVerdict } from "../compare/types";
import { alignThresholdSchema } from "../domain/align-threshold";
import { QUOTE_VERDICT_ORDER } from "./quote-verdicts";
import { repeatedMessages, type QueryRecord } from "./query-values";
import { parsePageParam } from "./row-page";

/** Everything a reader can choose on the event page lives in the URL; this parses and normalises it. */

export const EVENT_VIEWS = ["aligned", "coverage", "quotes", "pairwise"] as const;
export type EventView = (typeof EVENT_VIEWS)[number];

/**
 * The `view` URL parameter: one schema for the event page and its export route (lib/export/export-request.ts), so
 * a view the page would show is the view an export holds.
 */
export const eventViewSchema = z.enum(EVENT_VIEWS);

export const PAIRWISE_MODES = ["split", "inline"] as const;
export type PairwiseMode = (typeof PAIRWISE_MODES)[number];

export const COVERAGE_SORTS = ["order", "reach", "label"] as const;
export type CoverageSort = (typeof COVERAGE_SORTS)[number];

export const ALIGNED_FILTER_KINDS = ["unique", "missing", "party-only"] as const;
export type AlignedFilterKind = (typeof ALIGNED_FILTER_KINDS)[number];

type Query = QueryRecord;

/** Parameters a URL may repeat: `statement=` comes once per ticked box of the chooser form. */
const REPEATABLE = ["statement"];

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);


export interface EventViewState {
  view: EventView;
  /** Statements shown (slugs, in event order); at least two when the event has two. */
  shown: string[];
  base: string;
  /**
   * Aligned-view filter: rows only `statement` reported, rows it left out, or rows it alone reported among the
   * parties' own statements (news reports set aside: see lib/view/party-only-rows.ts).
   */
  filter: { kind: AlignedFilterKind; statement: string } | null;
  /** Coverage-view filter: rows only one statement reported, or reported by all. */
  coverage: { only: string | null; all: boolean; sort: CoverageSort };
  /** Alignment threshold override (null = engine default). */
  threshold: number | null;
  /** The exchange compared (slug): only its statements, gaps only among them. Null: every exchange of the event. */
  exchange: string | null;
  /** Quote-check filter: one verdict (null: every quotation). */
  verdict: QuoteVerdict | null;
  a: string;
  b: string;
  mode: PairwiseMode;
  /** Pairwise view: typographic edits marked (`typography=show`); hidden by default (issue 12). */
  typography: boolean;
  /** The page of rows shown in the aligned and coverage views (1-based; lib/view/row-page.ts). */
  page: number;
  /** Messages about URL values that were ignored (the page shows them and the defaults). */
  notices: string[];
  /**
   * The same bad values named for a download or an API answer, which must not fall back silently: one message per
   * bad parameter ("a must be a statement of this event, not “nope”"); the export route answers 400 with them.
   */
  invalid: string[];
}

/** `exchangeSlugs`: the event's exchanges, for `exchange=`; an unknown one is ignored with a notice. */
export function parseEventViewState(slugs: string[], query: Query, exchangeSlugs: readonly string[] = []): EventViewState {
  const notices: string[] = [];
  const invalid: string[] = [];
  /** A bad value: `notice` for the page, `message` for downloads (named parameter, value, what it must be). */
  const reject = (notice: string | null, message: string) => {
    if (notice) notices.push(notice);
    invalid.push(message);
  };
  for (const message of repeatedMessages(query, REPEATABLE)) reject(`${message[0].toUpperCase()}${message.slice(1)}; the first was used.`, message);
  const known = (slug: string | undefined, what: string, parameter: string): string | undefined => {
    if (slug === undefined || slug === "") return undefined;
    if (slugs.includes(slug)) return slug;
    reject(`No statement called “${slug}” in this event (${what}); it was ignored.`, `${parameter} must be a statement of this event (${slugs.join(", ")}), not “${slug}”`);
    return undefined;
  };
  /** A value of a fixed list that is not in it. */
  const oneOf = <T extends string>(parameter: string, value: string | undefined, allowed: readonly T[], fallback: T): T => {
    if (value === undefined || value === "") return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    reject(`No ${parameter} called “${value}”; it was ignored.`, `${parameter} must be one of ${allowed.join(", ")}, not “${value}”`);
    return fallback;
  };

  const viewValue = first(query.view);
  const parsedView = eventViewSchema.safeParse(viewValue || "aligned");
  if (!parsedView.success) reject(`No view called “${viewValue}”; showing the aligned claims.`, `view must be one of ${EVENT_VIEWS.join(", ")}, not “${viewValue}”`);
  const view: EventView = parsedView.success ? parsedView.data : "aligned";

  // `show=a,b` in permalinks; repeated `statement=` from the chooser form.
  const fromForm = query.statement === undefined ? [] : [query.statement].flat();
  const requestedShown = [...(first(query.show) ?? "").split(","), ...fromForm]
    .map((s) => s.trim())
    .filter(Boolean)
    .map((slug) => known(slug, "shown", fromForm.includes(slug) ? "statement" : "show"))
    .filter((slug): slug is string => !!slug);
  let shown = slugs.filter((slug) => requestedShown.includes(slug));
  if (shown.length < Math.min(2, slugs.length)) {
    if (requestedShown.length) reject("Pick at least two statements to compare; showing all of them.", `show must name at least two statements of this event, not only “${requestedShown.join(",")}”`);
    shown = [...slugs];
  }

  const base = known(first(query.base), "base", "base") ?? shown[0];
  if (!shown.includes(base)) shown = slugs.filter((slug) => slug === base || shown.includes(slug));

  const filterValue = first(query.filter) ?? "";
  const filterMatch = new RegExp(`^(${ALIGNED_FILTER_KINDS.join("|")}):(.+)$`).exec(filterValue);
  if (filterValue && !filterMatch) reject(`No filter called “${filterValue}”; it was ignored.`, `filter must be ${ALIGNED_FILTER_KINDS.map((kind) => `${kind}:<statement>`).join(", ")}, not “${filterValue}”`);
  const filterStatement = filterMatch ? known(filterMatch[2], "filter", "filter") : undefined;
  const filter = filterMatch && filterStatement ? { kind: filterMatch[1] as AlignedFilterKind, statement: filterStatement } : null;

  const allValue = first(query.all);
  if (allValue && allValue !== "1") reject(`“all=${allValue}” was ignored; use all=1.`, `all must be 1, not “${allValue}”`);
  const coverage = {
    only: known(first(query.only), "only reported by", "only") ?? null,
    all: allValue === "1",
    sort: oneOf("sort", first(query.sort), COVERAGE_SORTS, "order"),
  };

  const thresholdValue = first(query.threshold);
  let threshold: number | null = null;
  if (thresholdValue !== undefined && thresholdValue !== "") {
    const parsed = alignThresholdSchema.safeParse(thresholdValue);
    if (parsed.success) threshold = parsed.data;
    else reject(`The alignment threshold must be a number from 0.05 to 0.95; “${thresholdValue}” was ignored.`, `threshold must be a number from 0.05 to 0.95, not “${thresholdValue}”`);
  }

  const exchangeValue = first(query.exchange);
  let exchange: string | null = null;
  if (exchangeValue) {
    if (exchangeSlugs.includes(exchangeValue)) exchange = exchangeValue;
    else reject(`No exchange called “${exchangeValue}” in this event; showing every exchange.`, `exchange must be an exchange of this event (${exchangeSlugs.join(", ") || "none"}), not “${exchangeValue}”`);
  }

  const verdictValue = oneOf<QuoteVerdict | "">("verdict", first(query.verdict), QUOTE_VERDICT_ORDER, "");
  const verdict = verdictValue === "" ? null : verdictValue;

  const wantA = known(first(query.a), "from", "a");
  const wantB = known(first(query.b), "to", "b");
  // The pairwise view of a statement with itself is no comparison: say so rather than show or export an empty diff.
  if (wantA !== undefined && wantA === wantB) reject(`“${wantA}” was chosen as both texts of the pair; showing it against another statement.`, `a and b must name two different statements, not both “${wantA}”`);
  const a = wantA ?? shown.find((slug) => slug !== wantB) ?? shown[0];
  const b = (wantB !== a && wantB) || shown.find((slug) => slug !== a) || shown[0];
  const mode = oneOf("mode", first(query.mode), PAIRWISE_MODES, "split");

  const pageValue = first(query.page);
  const { page, notice: pageNotice } = parsePageParam(pageValue);
  if (pageNotice) reject(pageNotice, `page must be a whole number from 1, not “${pageValue}”`);

  const typography = oneOf("typography", first(query.typography), TYPOGRAPHY_VALUES, "hide") === "show";

  return { view, shown, base, filter, coverage, threshold, exchange, verdict, a, b, mode, typography, page, notices, invalid };
}

/** True when the URL came from the chooser form and should be replaced by its canonical permalink. */
export function needsCanonicalRedirect(query: Query): boolean {
  return query.statement !== undefined || query.threshold === "" || query.exchange === "";
}

/**
 * The URL query for a state, leaving out defaults so permalinks stay short. Any change other than `page` itself
 * goes back to the first page (a new filter, sort or view has pages of its own).
 */
export function eventViewQuery(state: EventViewState, allSlugs: string[], changes: Partial<EventViewState> = {}): string {
  const next = { ...state, ...changes, coverage: { ...state.coverage, ...changes.coverage } };
  const params = new URLSearchParams();
  if (next.view !== "aligned") params.set("view", next.view);
  if (next.shown.length !== allSlugs.length) params.set("show", next.shown.join(","));
  if (next.base !== next.shown[0]) params.set("base", next.base);
  if (next.threshold !== null) params.set("threshold", String(next.threshold));
  if (next.exchange !== null) params.set("exchange", next.exchange);
  if (next.view === "aligned" && next.filter) params.set("filter", `${next.filter.kind}:${next.filter.statement}`);
  if (next.view === "coverage") {
    if (next.coverage.only) params.set("only", next.coverage.only);
    if (next.coverage.all) params.set("all", "1");
    if (next.coverage.sort !== "order") params.set("sort", next.coverage.sort);
  }
  const page = changes.page ?? (Object.keys(changes).length ? 1 : state.page);
  if ((next.view === "aligned" || next.view === "coverage") && page > 1) params.set("page", String(page));
  if (next.view === "quotes" && next.verdict) params.set("verdict", next.verdict);
  if (next.view === "pairwise") {
    params.set("a", next.a);
    params.set("b", next.b);
    if (next.mode !== "split") params.set("mode", next.mode);
    if (next.typography) params.set("typography", "show");
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}
