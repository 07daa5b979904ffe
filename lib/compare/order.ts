/**
 * Row order: the base statement's order, with rows it lacks interleaved where their own statement
 * has them. Each row gets a sort key; a row not yet placed is keyed just after the row of the nearest
 * earlier segment of its statement that was placed before (just before the first such row when
 * there is no earlier one).
 * A row is anchored after the last row of the anchor's sentences (`unitSentence`, one id per sentence), so a sentence
 * split into clauses is not cut by rows hung off its first clause.
 * Statements are taken in input order, except that one sharing no row with anything placed yet
 * waits until one does, so that a statement linked to the base only through a third one is
 * ordered through that one.
 */
export function orderGroups(
  groups: readonly number[][],
  unitStatement: Int32Array,
  unitPosition: Int32Array,
  statementCount: number,
  baseStatement: number,
  unitSentence?: Int32Array,
): number[][] {
  const groupOf = new Int32Array(unitStatement.length);
  groups.forEach((group, g) => group.forEach((unit) => (groupOf[unit] = g)));
  // The groups holding each sentence's units (clauses of one sentence may sit in several rows).
  const groupsOfSentence = new Map<number, number[]>();
  if (unitSentence) {
    groups.forEach((group, g) =>
      group.forEach((unit) => {
        const list = groupsOfSentence.get(unitSentence[unit]);
        if (!list) groupsOfSentence.set(unitSentence[unit], [g]);
        else if (!list.includes(g)) list.push(g);
      }),
    );
  }
  // Rows hang after the last placed row of the anchor row's sentences: a sentence and its continuation clauses stay
  // together, with no other statement's rows between them (issue 11, "Row order splits a sentence").
  const sentenceEnd = (g: number, placed: Uint8Array): number[] => {
    let key = keys[g]!;
    if (!unitSentence) return key;
    for (const unit of groups[g]) {
      for (const h of groupsOfSentence.get(unitSentence[unit]) ?? []) {
        if (placed[h] && compareKeys(keys[h]!, key) > 0) key = keys[h]!;
      }
    }
    return key;
  };

  const unitsByStatement: number[][] = Array.from({ length: statementCount }, () => []);
  groups.forEach((group) => group.forEach((unit) => unitsByStatement[unitStatement[unit]].push(unit)));
  for (const units of unitsByStatement) units.sort((a, b) => unitPosition[a] - unitPosition[b]);

  const keys: (number[] | undefined)[] = new Array(groups.length);
  for (const unit of unitsByStatement[baseStatement] ?? []) {
    keys[groupOf[unit]] ??= [unitPosition[unit]];
  }

  const waiting = Array.from({ length: statementCount }, (_, s) => s).filter((s) => s !== baseStatement);
  const placedEarlier = new Uint8Array(groups.length);
  while (waiting.length > 0) {
    const linked = waiting.findIndex((s) => unitsByStatement[s].some((unit) => keys[groupOf[unit]]));
    const [statement] = waiting.splice(Math.max(0, linked), 1);
    // New rows only hang off rows placed in earlier passes, so keys stay short (≤ 1 + 3 × passes parts).
    keys.forEach((key, g) => (placedEarlier[g] = key ? 1 : 0));
    const units = unitsByStatement[statement];
    const firstLinked = units.findIndex((unit) => placedEarlier[groupOf[unit]]);
    // Rows before the statement's first shared row go just before that row; a statement sharing
    // nothing goes after everything placed so far.
    let anchor = firstLinked >= 0 ? [...keys[groupOf[units[firstLinked]]]!, BEFORE] : [AFTER_ALL];
    for (const unit of units) {
      const g = groupOf[unit];
      const key = keys[g];
      if (key) {
        if (placedEarlier[g]) anchor = sentenceEnd(g, placedEarlier);
      } else {
        keys[g] = [...anchor, statement, unitPosition[unit]];
      }
    }
  }

  const order = groups.map((_, g) => g);
  order.sort((a, b) => compareKeys(keys[a]!, keys[b]!));
  return order.map((g) => groups[g]);
}

// Key parts are positions and statement indices (≥ 0) plus these two markers.
const BEFORE = -1;
const AFTER_ALL = Number.MAX_SAFE_INTEGER;

/** Lexicographic, except that a key extending another with BEFORE sorts before it. */
function compareKeys(a: number[], b: number[]): number {
  const shared = Math.min(a.length, b.length);
  for (let i = 0; i < shared; i++) if (a[i] !== b[i]) return a[i] - b[i];
  if (a.length === b.length) return 0;
  return a.length > b.length ? (a[shared] === BEFORE ? -1 : 1) : b[shared] === BEFORE ? 1 : -1;
}
