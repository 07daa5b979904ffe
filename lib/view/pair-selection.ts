export interface PairSelection {
  a: string;
  b: string;
  /** Why the requested pair was not used, if it was not. */
  notice: string | null;
}

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Picks the two statements to diff from the URL (?a=&b=), defaulting to the first two.
 * Unknown slugs fall back to the default with a notice, so a stale link still shows something useful.
 */
export function selectPair(
  slugs: string[],
  requestedA: string | string[] | undefined,
  requestedB: string | string[] | undefined,
): PairSelection | null {
  if (slugs.length < 2) return null;
  const wantA = firstValue(requestedA);
  const wantB = firstValue(requestedB);
  const unknown = [wantA, wantB].filter((slug): slug is string => !!slug && !slugs.includes(slug));
  const knownA = wantA && slugs.includes(wantA) ? wantA : undefined;
  const knownB = wantB && slugs.includes(wantB) ? wantB : undefined;
  const a = knownA ?? slugs.find((slug) => slug !== knownB)!;
  const b = knownB ?? slugs.find((slug) => slug !== a)!;
  const notice = unknown.length
    ? `No statement called ${unknown.map((slug) => `“${slug}”`).join(" or ")} in this event; showing the default instead.`
    : null;
  return { a, b, notice };
}
