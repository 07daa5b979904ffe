import { compare } from "../compare";
import type { CompareOptions, Comparison } from "../compare/types";
import type { StatementWithParty } from "../data/events";
import { approximateBytes } from "./approximate-size";

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

function keyOf(statements: StatementWithParty[], options: CompareOptions): string {
  const parts = statements.map((s) => `${s.id}@${s.version}:${s.slug}:${s.language}:${s.party.shortName}`);
  return `${parts.join("|")}#${JSON.stringify(options, Object.keys(options).sort())}`;
}

/**
 * The engine's comparison of these statements, computed once per set of statement versions and options.
 * Statement text only changes with a version bump, so (id, version) identifies the input.
 */
export function cachedComparison(statements: StatementWithParty[], options: CompareOptions = {}, cache = comparisonCache): Comparison {
  const key = keyOf(statements, options);
  const hit = cache.get(key);
  if (hit) return hit;
  const comparison = compare(
    statements.map((s) => ({ id: s.slug, label: s.party.shortName, text: s.body, language: s.language })),
    options,
  );
  cache.set(key, comparison);
  return comparison;
}

/** What picks a comparison: the statements shown (slugs), the base statement and the threshold override, if any. */
export interface ComparisonChoice {
  shown: readonly string[];
  base: string;
  threshold: number | null;
}

/** The shown statements (in event order) and their cached comparison: the event page, its exports and the API. */
export function compareShown(
  statements: StatementWithParty[],
  { shown, base, threshold }: ComparisonChoice,
): { statements: StatementWithParty[]; comparison: Comparison } {
  const picked = statements.filter((s) => shown.includes(s.slug));
  const comparison = cachedComparison(picked, { baseId: base, ...(threshold !== null ? { alignThreshold: threshold } : {}) });
  return { statements: picked, comparison };
}
