/**
 * Statements that would report a claim through layout alone. A segment that states nothing (wordless-rows.ts: "***", a
 * line of dashes, a bare list marker "1.") is no one's claim, so it cannot be a statement's report of one: an editor's
 * correction that leaves a statement in a row that states something with only such segments there (its cell, its
 * restatement, or both) would hide that statement's omission of the claim (tester 71 F13: `said_in_other_words` from a
 * bare "1." to a claim). applyCorrections (corrections.ts) refuses a correction that makes one.
 *
 * `cells`: statement id → its cell's segment ids; `restated`: statement id → the segment ids of its restatement (an
 * editor's `said_in_other_words`); `statesNothing`: whether a segment states nothing. Returns the ids of the statements
 * whose every segment in the row (cell and restatement together) states nothing, when some cell states something;
 * none when every cell states nothing, for that row is no claim (scopeRow `statesNothing`; restatements do not make
 * one, as wordless-rows.ts rowStatesNothing reads cells only). Pure; throws nothing.
 */
export function layoutReporters(
  cells: ReadonlyMap<string, readonly string[]>,
  restated: ReadonlyMap<string, { segmentIds: readonly string[] }>,
  statesNothing: (segmentId: string) => boolean,
): Set<string> {
  const layout = new Set<string>();
  let claim = false;
  for (const [statementId, segmentIds] of cells) {
    if (!segmentIds.every(statesNothing)) claim = true;
    else if (!restated.get(statementId)?.segmentIds.some((id) => !statesNothing(id))) layout.add(statementId);
  }
  if (!claim) return new Set();
  for (const [statementId, { segmentIds }] of restated) if (!cells.has(statementId) && segmentIds.every(statesNothing)) layout.add(statementId);
  return layout;
}
