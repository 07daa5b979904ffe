import { compare } from "../compare";
import type { CompareOptions, Comparison } from "../compare/types";
import type { StatementWithParty } from "../data/events";

const MAX_ENTRIES = 64;
// Insertion-ordered: the oldest entry is the first key, so this works as a small LRU.
const cache = new Map<string, Comparison>();

function keyOf(statements: StatementWithParty[], options: CompareOptions): string {
  const parts = statements.map((s) => `${s.id}@${s.version}:${s.slug}:${s.language}:${s.party.shortName}`);
  return `${parts.join("|")}#${JSON.stringify(options, Object.keys(options).sort())}`;
}

/**
 * The engine's comparison of these statements, computed once per set of statement versions and options.
 * Statement text only changes with a version bump, so (id, version) identifies the input.
 */
export function cachedComparison(statements: StatementWithParty[], options: CompareOptions = {}): Comparison {
  const key = keyOf(statements, options);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const comparison = compare(
    statements.map((s) => ({ id: s.slug, label: s.party.shortName, text: s.body, language: s.language })),
    options,
  );
  cache.set(key, comparison);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
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
