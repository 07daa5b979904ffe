import { compare, focusExchange } from "../compare";
import { applyCorrections, type CorrectedComparison } from "../compare/corrections";
import { comparePool, type ComparePool } from "../jobs/compare-pool";
import type { CompareOptions, Comparison, ExchangeInput, StatementInput } from "../compare/types";
import { engineCorrections } from "../data/corrections";
import type { EventWithStatements, StatementWithParty } from "../data/events";
import { approximateBytes } from "./approximate-size";
import { statementLabels } from "./statement-labels";

/**
 * A least-recently-used cache bounded both by entries and by approximate memory (lib/view/approximate-size.ts):
 * a comparison of a large event holds tens of MB, so 64 of them could exhaust the heap. An entry larger than
 * the whole budget is returned but not kept.
 */
export class ComparisonCache {
  // Insertion-ordered: the oldest entry is the first key, so a Map works as an LRU.
  private readonly entries = new Map<string, { comparison: Comparison; bytes: number }>();
  private totalBytes = 0;

  constructor(
    readonly maxEntries = 64,
    /** Bytes (approximate); 256 MB leaves most of Node's default heap to rendering. */
    readonly maxBytes = 256 * 1024 * 1024,
  ) {}

  get(key: string): Comparison | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit.comparison;
  }

  set(key: string, comparison: Comparison): void {
    const bytes = approximateBytes(comparison);
    this.delete(key);
    if (bytes > this.maxBytes) return;
    this.entries.set(key, { comparison, bytes });
    this.totalBytes += bytes;
    while (this.entries.size > this.maxEntries || this.totalBytes > this.maxBytes) this.delete(this.entries.keys().next().value!);
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.totalBytes -= entry.bytes;
  }

  /** Entries and their approximate total size in bytes. */
  get usage(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.totalBytes };
  }
}

const globalForCache = globalThis as unknown as { readoutComparisonCache?: ComparisonCache };
export const comparisonCache = (globalForCache.readoutComparisonCache ??= new ComparisonCache());

type EventParts = Pick<EventWithStatements, "statements" | "exchanges"> & Partial<Pick<EventWithStatements, "alignmentCorrections">>;

/** Everything of the engine's input but the texts, which (id, version) stand for. */
function keyOf(statements: StatementWithParty[], inputs: StatementInput[], exchanges: ExchangeInput[], options: CompareOptions): string {
  const parts = inputs.map((input, i) => `${statements[i].id}@${statements[i].version}:${JSON.stringify({ ...input, text: undefined })}`);
  return `${parts.join("|")}#${JSON.stringify(exchanges)}#${JSON.stringify(options, Object.keys(options).sort())}`;
}

/**
 * The engine input for an event's statements: distinct labels, party, source role, exchanges (slugs; only those in
 * `exchangeIds` when given), speaker and party names for quotation attribution.
 */
export function engineInputs(event: EventParts, statements: StatementWithParty[], exchangeIds?: readonly string[]): StatementInput[] {
  const labels = statementLabels(event.statements);
  return statements.map((s) => ({
    id: s.slug,
    label: labels.get(s.slug) ?? s.party.shortName,
    text: s.body,
    language: s.language,
    party: s.party.slug,
    role: s.sourceRole === "secondary" ? "secondary" : "primary",
    exchangeIds: s.exchanges.map((link) => link.exchange.slug).filter((slug) => !exchangeIds || exchangeIds.includes(slug)),
    speaker: s.speaker,
    partyNames: [s.party.name, s.party.shortName],
  }));
}

/** The event's exchanges as engine input (or only the one chosen). */
export function engineExchanges(event: EventParts, exchange: string | null = null): ExchangeInput[] {
  return event.exchanges
    .filter((x) => exchange === null || x.slug === exchange)
    .map((x) => ({ id: x.slug, label: x.title, participants: x.participants.map((p) => p.party.slug) }));
}

/**
 * Events with more statement text than this (UTF-16 code units, all statements compared together) are compared in
 * the worker pool (lib/jobs/compare-pool.ts); smaller ones inline, where a worker's message passing would cost more
 * than the comparison: 200,000 characters (~30,000 words) take ~60 ms inline on this project's 2-core machine
 * (docs/PERFORMANCE.md, engine benchmark: 5 × 10,000 words in 70–95 ms).
 */
export const COMPARE_INLINE_MAX_CHARS = 200_000;

/** The engine input and cache key for a comparison of these statements (see cachedComparison). */
function comparisonRequest(event: EventParts, statements: StatementWithParty[], options: CompareOptions) {
  const exchanges = engineExchanges(event);
  const inputs = engineInputs(event, statements);
  return { inputs, exchanges, key: keyOf(statements, inputs, exchanges, options) };
}

/**
 * The engine's comparison of these statements, computed once per set of statement versions, exchanges and options.
 * Statement text only changes with a version bump, so (id, version) identifies the text. Computed inline; call
 * prepareComparison first where the statements may be large.
 */
export function cachedComparison(
  event: EventParts,
  statements: StatementWithParty[],
  options: CompareOptions = {},
  cache = comparisonCache,
): Comparison {
  const { inputs, exchanges, key } = comparisonRequest(event, statements, options);
  const hit = cache.get(key);
  if (hit) return hit;
  const comparison = compare(inputs, options, exchanges);
  cache.set(key, comparison);
  return comparison;
}

/** Comparisons running in the pool, by cache key, so concurrent requests for one event share a single job. */
const inFlight = new Map<string, Promise<Comparison>>();

/**
 * Makes sure the comparison `compareShown(event, choice)` will need is cached, computing it in the worker pool when
 * the statements hold more than COMPARE_INLINE_MAX_CHARS characters (the request thread stays free meanwhile); small
 * events are left to compareShown, inline. Returns the comparison when it was computed or found here, else null.
 * Rejects when the worker fails.
 */
export async function prepareComparison(
  event: EventParts,
  choice: ComparisonChoice,
  cache = comparisonCache,
  pool: ComparePool = comparePool(),
): Promise<Comparison | null> {
  const { aligned, options } = comparisonChoice(event, choice);
  let characters = 0;
  for (const statement of aligned) characters += statement.body.length;
  if (characters <= COMPARE_INLINE_MAX_CHARS) return null;
  const { inputs, exchanges, key } = comparisonRequest(event, aligned, options);
  const hit = cache.get(key);
  if (hit) return hit;
  let job = inFlight.get(key);
  if (!job) {
    job = pool.compare(inputs, options, exchanges).finally(() => inFlight.delete(key));
    inFlight.set(key, job);
  }
  const comparison = await job;
  cache.set(key, comparison);
  return comparison;
}

/**
 * What picks a comparison: the statements shown (slugs), the base statement, the threshold override and the
 * exchange (slug; null: every exchange of the event).
 */
export interface ComparisonChoice {
  shown: readonly string[];
  base: string;
  threshold: number | null;
  exchange?: string | null;
}

/** The statements aligned (shown), those picked (reporting the exchange) and the engine options for a choice. */
function comparisonChoice(event: EventParts, { shown, base, threshold, exchange = null }: ComparisonChoice) {
  const aligned = event.statements.filter((s) => shown.includes(s.slug));
  const picked = aligned.filter((s) => reportsExchange(s, exchange));
  const baseId = picked.some((s) => s.slug === base) ? base : (picked[0]?.slug ?? aligned[0]?.slug);
  const options: CompareOptions = { ...(baseId !== undefined ? { baseId } : {}), ...(threshold !== null ? { alignThreshold: threshold } : {}) };
  return { aligned, picked, options };
}

/** True when the statement reports the exchange (or no exchange is chosen). */
export function reportsExchange(statement: StatementWithParty, exchange: string | null | undefined): boolean {
  return !exchange || statement.exchanges.some((link) => link.exchange.slug === exchange);
}

/**
 * The shown statements (in event order; with an exchange chosen, only those reporting it) and their comparison:
 * the event page, its exports and the API. With an exchange chosen, all shown statements are aligned (cached) and
 * the result is focused on the exchange (focusExchange), so a sentence about another exchange is never taken for
 * background. The base falls back to the first statement picked.
 * The editors' alignment corrections (lib/compare/corrections.ts) are applied to the cached engine result before
 * focusing, so the page, every export and the API see the corrected rows; `corrections` says which applied and which
 * could not (orphaned or skipped), for the page to list.
 */
export function compareShown(
  event: EventParts,
  choice: ComparisonChoice,
  /** prepareComparison's answer for this choice: used as is, so a comparison too large for the cache is not redone. */
  prepared: Comparison | null = null,
): { statements: StatementWithParty[]; comparison: Comparison; corrections: Omit<CorrectedComparison, "comparison"> } {
  const { aligned, picked, options } = comparisonChoice(event, choice);
  const exchange = choice.exchange ?? null;
  const automatic = prepared ?? cachedComparison(event, aligned, options);
  const { comparison, ...corrections } = applyCorrections(automatic, engineInputs(event, aligned), engineExchanges(event), engineCorrections(event.alignmentCorrections ?? []));
  return { statements: picked, comparison: exchange && picked.length ? focusExchange(comparison, exchange) : comparison, corrections };
}
