import { readWriting, scriptSampleLength, soleScript, type TextSpan, type WritingReading } from "../text/language";
import { quotationFrames } from "./quotation-frames";
import { findQuotations, MAX_QUOTATION_LENGTH } from "./quotation-marks";
import { RowScripts } from "./row-scripts";
import type { AlignedRow, Comparison, ExchangeCoverage, ExchangeInput, PartyExchangeCoverage, StatementInput } from "./types";

/**
 * Which statements can leave out which claims. A statement can only omit what was said in an exchange it reports
 * (a readout of one call cannot leave out another call), and only a primary source can omit anything: a news report
 * is a reference, and claims only it holds are background. Source of the rule: issue 10 ("Honest coverage").
 */
export interface ExchangeScope {
  /** The exchanges, or one implicit exchange (id "") when the input named none. */
  exchanges: ExchangeInput[];
  /** Per statement (input order): the exchange ids it reports. */
  statementExchanges: Set<string>[];
  /** Per statement: its party id. */
  parties: string[];
  /** Per statement: true for a primary source. */
  primary: boolean[];
  /**
   * Per statement: the script it is written in (lib/text/language.ts readScripts: "Latn", "Cyrl"…), by its own words'
   * letters (quotations do not vote unless its own words only frame them) and its tag. Read by distant pairs' note.
   */
  scripts: string[];
  /**
   * Per statement: every script it writes a real share of its own words in, quotations never counted (readScripts
   * `written`): the scripts it could have said a claim in itself (scopeRow).
   */
  written: ReadonlySet<string>[];
  /**
   * Per statement: the one script all its letters are in, quotations included ("" without letters), or undefined when
   * it has letters of two scripts or more (lib/text/language.ts soleScript): then each of its cells is read (scopeRow).
   */
  sole: (string | undefined)[];
  /**
   * Per statement: the frames of the speech it quotes (UTF-16 spans, sorted; quotation-frames.ts) when it is a relay
   * (readWriting `relay`: its own words only frame that speech), which say who spoke, not what was said: the alignment
   * and the row's scripts read its sentences without them (relay-speech.ts). Empty for every other statement.
   */
  relayFrames: readonly (readonly TextSpan[])[];
  ids: string[];
  /** Statement id → input order. */
  order: Map<string, number>;
}

const IMPLICIT_EXCHANGE = "";

/**
 * Resolves exchanges and roles from the engine input.
 * Throws RangeError for a duplicate exchange id, or a statement naming an exchange that is not in `exchanges`.
 * A statement without `exchangeIds` (or with an empty list) reports every exchange.
 */
export function resolveScope(statements: readonly StatementInput[], exchanges: readonly ExchangeInput[]): ExchangeScope {
  const known = new Set<string>();
  for (const exchange of exchanges) {
    if (known.has(exchange.id)) throw new RangeError(`duplicate exchange id "${exchange.id}"`);
    known.add(exchange.id);
  }
  const resolved = exchanges.length ? [...exchanges] : [{ id: IMPLICIT_EXCHANGE, label: "", participants: [] }];
  const all = resolved.map((exchange) => exchange.id);
  const readings = statements.map(scriptsOf);
  return {
    exchanges: resolved,
    statementExchanges: statements.map((statement) => {
      const named = statement.exchangeIds ?? [];
      for (const id of named) {
        if (!known.has(id)) throw new RangeError(`statement "${statement.id}" names exchange "${id}", which is not one of the exchanges`);
      }
      return new Set(named.length ? named : all);
    }),
    parties: statements.map((statement) => statement.party ?? statement.id),
    primary: statements.map((statement) => (statement.role ?? "primary") === "primary"),
    scripts: readings.map(({ reading }) => reading.script),
    written: readings.map(({ reading }) => reading.written),
    sole: statements.map((statement) => soleScript(statement.text)),
    relayFrames: readings.map(({ reading, frames }) => (reading.relay ? frames : NO_FRAMES)),
    ids: statements.map((statement) => statement.id),
    order: new Map(statements.map((statement, i) => [statement.id, i])),
  };
}

/**
 * How a statement is written: its quotations (another speaker's words) left out of the vote, and their frames out of
 * what a relay writes (quotation-frames.ts), its tag heard; with those frames. Quotations are looked for only where the
 * vote reads, and as far again as the longest quotation, so that one opened there closes: a 50,000-word statement is
 * not scanned twice.
 */
function scriptsOf(statement: StatementInput): { reading: WritingReading; frames: TextSpan[] } {
  const read = statement.text.slice(0, scriptSampleLength(statement.text) + MAX_QUOTATION_LENGTH);
  const quoted = findQuotations(read).flatMap((quotation) => quotation.fragments);
  const frames = quotationFrames(read, quoted);
  return { reading: readWriting(statement.text, { language: statement.language, quoted, frames }), frames };
}

const NO_FRAMES: readonly TextSpan[] = [];

function intersects(a: ReadonlySet<string>, b: readonly string[]): boolean {
  return b.some((id) => a.has(id));
}

/**
 * The row with its gaps judged by exchange: `exchangeIds` from its primary reporters (all reporters when only
 * secondary sources hold it): the exchanges they all report, or, when they share none, any of theirs; `notReportedBy`
 * only among primary statements reporting one of those exchanges (none for a background row; never a secondary
 * statement), `otherExchangeBy` for statements of other exchanges (of either role), `otherLanguageBy` for statements
 * of the row's exchanges that write none of the row's scripts (below), and `soleReporter`. A secondary statement of the
 * row's exchange that does not hold the claim is in no list.
 *
 * "Other language: not compared", judged per row by script (testers 57 #12, 62 F8/F9, 71 F1/F2). Rows are made by
 * shared words, and words are shared only within a script, so a statement that lacks a row could have joined it only
 * with words of a script the row is written in. The row's scripts are its cells' (and restatements'), not their
 * statements': the script most of a cell's letters are in and any holding a third of them, quotations included (a
 * quoted English passage joins English rows; a name or an "X said:" in another script is borrowed; a relay's cell is
 * read without the frames of the speech it quotes, relay-speech.ts), read from the statement once when all its
 * letters are of one script (row-scripts.ts). A
 * statement without a cell is "other language" when it writes none of them in its own words (`written`: quotations
 * never count, since the claims a statement makes are in its own words, but a relay whose own words only frame its
 * quotations writes what it quotes; a tag that overrules the letters leaves only its script). Otherwise its silence is a gap (or another exchange's, or a secondary's, as above). So a Russian
 * readout that quotes an English one at length is "other language" for the English claims it does not quote (its own
 * words are Russian), a bilingual statement's Russian sentences are for an English readout, and an English readout
 * that writes its names in Cyrillic still has its gaps (it writes Latin). Per row, not per statement: one statement
 * may be compared for one row and not for another. One rule: whether the two share some other row does not matter
 * (that second rule, for tester 62 F8, is what `written` now covers). A row without letters (digits only) is in no
 * script: anyone could have joined it. Thresholds: lib/text/language.ts MIN_WRITTEN_SHARE (a tenth of a statement's
 * own letters: it writes a sentence or more in the script), MIN_PASSAGE_SHARE (a third of a cell's), MIN_OWN_SHARE,
 * MIN_DECLARED_SHARE. The two shares differ on purpose: a statement that writes a sentence in a script could have made
 * a row in it; a cell a tenth in a script (a name) is not a row in it.
 *
 * `statesNothing` (wordless-rows.ts: every cell a line without words or a bare list marker): the row is no claim, so
 * no statement left it out, is of another exchange or language for it, or said it alone — `notReportedBy` and
 * `otherExchangeBy` empty, no `otherLanguageBy`, `soleReporter` null, and the row marked `statesNothing: true`, which
 * every count reads (coverage.ts, exchangeCoverage, the views); its exchanges and role are judged as for any row.
 * compare() and applyCorrections (corrections.ts) both pass it. `row.cells` and `row.restatements` are read for their
 * text; a reporter with neither (a gold row of scripts/eval.ts) counts with the scripts its statement writes (`written`).
 */
export function scopeRow(row: AlignedRow, scope: ExchangeScope, statesNothing = false): AlignedRow {
  const reporters = row.reportedBy.map((id) => scope.order.get(id)!);
  const primaryReporters = reporters.filter((i) => scope.primary[i]);
  const secondaryOnly = primaryReporters.length === 0;
  const basis = secondaryOnly ? reporters : primaryReporters;
  // A claim is about the exchanges all its reporters report when they share one: a readout of both calls that joins a
  // readout of one call puts the claim in that call, so the other call's readouts left nothing out (tester 57 #3).
  // Reporters with no exchange in common (a loose join) keep the union.
  const ids = scope.exchanges.map((x) => x.id);
  const shared = ids.filter((id) => basis.every((i) => scope.statementExchanges[i].has(id)));
  const exchangeIds = shared.length ? shared : ids.filter((id) => basis.some((i) => scope.statementExchanges[i].has(id)));
  const reported = new Set(reporters);
  const notReportedBy: string[] = [];
  const otherExchangeBy: string[] = [];
  // Read only when a statement of the row's exchanges lacks it (most rows of one script need no cell read).
  let rowScripts: RowScripts | undefined;
  const otherLanguageBy: string[] = [];
  scope.ids.forEach((id, i) => {
    if (statesNothing || reported.has(i)) return;
    if (!intersects(scope.statementExchanges[i], exchangeIds)) otherExchangeBy.push(id);
    // Scripts told by letters, a tag only winning a close vote: a mis-tagged or untagged statement in the same script is
    // compared (tester 61 F9), and two languages of one script (French, English) are compared as before.
    else if ((rowScripts ??= new RowScripts(row, reporters, scope)).writtenByNone(scope.written[i])) otherLanguageBy.push(id);
    // Only a primary source can leave a claim out: a secondary statement of the exchange that lacks the claim is in
    // neither list (the views call its cell "not in this report", a reference, never a gap; tester 57 #2).
    else if (!secondaryOnly && scope.primary[i]) notReportedBy.push(id);
  });
  const soleReporter = basis.length === 1 && !statesNothing ? scope.ids[basis[0]] : null;
  return {
    id: row.id,
    index: row.index,
    cells: row.cells,
    reportedBy: row.reportedBy,
    notReportedBy,
    otherExchangeBy,
    ...(otherLanguageBy.length ? { otherLanguageBy } : {}),
    exchangeIds,
    secondaryOnly,
    soleReporter,
    ...(statesNothing ? { statesNothing: true as const } : {}),
    similarity: row.similarity,
    diffs: row.diffs,
    ...(row.match ? { match: row.match } : {}),
  };
}

/**
 * Coverage within each exchange: its claims, its background, and per party what only it said and what it left out
 * that another party said (parties by `StatementInput.party`; only primary statements count for either). A row that
 * states nothing (`AlignedRow.statesNothing`, set by scopeRow: "***", a bare "1.") is none of these: it is no one's
 * claim, so it is neither in `rowIds` (the exchange's claim count) nor in `backgroundRowIds`. `rows` must come from
 * scopeRow (compare() and applyCorrections both scope theirs).
 */
export function exchangeCoverage(rows: readonly AlignedRow[], scope: ExchangeScope): ExchangeCoverage[] {
  const { order } = scope;
  // Each row's primary parties, worked out once (not once per party and exchange).
  const primaryParties = new Map<AlignedRow, Set<string>>();
  const primaryPartiesOf = (row: AlignedRow) => {
    let parties = primaryParties.get(row);
    if (!parties) {
      parties = new Set(row.reportedBy.map((id) => order.get(id)!).filter((i) => scope.primary[i]).map((i) => scope.parties[i]));
      primaryParties.set(row, parties);
    }
    return parties;
  };
  return scope.exchanges.map((exchange) => {
    const statements = scope.ids.map((_, i) => i).filter((i) => scope.statementExchanges[i].has(exchange.id));
    // Rows that state nothing are the text's layout, no claim: counted neither as a claim nor as background.
    const about = rows.filter((row) => !row.statesNothing && row.exchangeIds.includes(exchange.id));
    const claims = about.filter((row) => !row.secondaryOnly);
    const partyOrder = [...exchange.participants];
    for (const i of statements) if (scope.primary[i] && !partyOrder.includes(scope.parties[i])) partyOrder.push(scope.parties[i]);
    const parties = partyOrder.map((party): PartyExchangeCoverage => {
      const own = statements.filter((i) => scope.primary[i] && scope.parties[i] === party);
      return {
        party,
        participant: exchange.participants.includes(party),
        statementIds: own.map((i) => scope.ids[i]),
        // "Only it said" needs another party's statement that was compared: not one in another language only.
        onlyItRowIds: own.length
          ? claims
              .filter((row) => {
                const p = primaryPartiesOf(row);
                if (p.size !== 1 || !p.has(party)) return false;
                const others = statements.filter((i) => scope.primary[i] && scope.parties[i] !== party);
                return others.length === 0 || others.some((i) => !row.otherLanguageBy?.includes(scope.ids[i]));
              })
              .map((row) => row.id)
          : [],
        // A party leaves out a claim only where one of its statements could have held it: not in another language.
        leftOutRowIds: own.length
          ? claims.filter((row) => { const p = primaryPartiesOf(row); return !p.has(party) && p.size > 0 && own.some((i) => !row.otherLanguageBy?.includes(scope.ids[i])); }).map((row) => row.id)
          : [],
      };
    });
    return {
      exchangeId: exchange.id,
      label: exchange.label,
      statementIds: statements.map((i) => scope.ids[i]),
      rowIds: claims.map((row) => row.id),
      backgroundRowIds: about.filter((row) => row.secondaryOnly).map((row) => row.id),
      parties,
    };
  });
}

/**
 * The comparison seen from one exchange: the statements that report it, the rows about it (its claims and the
 * background that may be about it), cells, coverage, entities, quotations and near-copies of those statements only.
 * Rows keep their ids and indexes, so links into the full comparison still work. The alignment itself is the full
 * comparison's: a news report's sentence about another exchange stays aligned with that exchange's readout, and so
 * is not mistaken for background. Throws RangeError when the exchange is not in the comparison.
 */
export function focusExchange(comparison: Comparison, exchangeId: string): Comparison {
  const coverage = comparison.exchanges.find((x) => x.exchangeId === exchangeId);
  if (!coverage) throw new RangeError(`exchange "${exchangeId}" is not in the comparison`);
  const kept = new Set(coverage.statementIds);
  const keep = (ids: readonly string[]) => ids.filter((id) => kept.has(id));
  const rows = comparison.rows
    .filter((row) => row.exchangeIds.includes(exchangeId) && row.reportedBy.some((id) => kept.has(id)))
    .map((row): AlignedRow => ({
      ...row,
      cells: row.cells.filter((cell) => kept.has(cell.statementId)),
      reportedBy: keep(row.reportedBy),
      notReportedBy: keep(row.notReportedBy),
      otherExchangeBy: keep(row.otherExchangeBy),
      ...(row.otherLanguageBy ? { otherLanguageBy: keep(row.otherLanguageBy) } : {}),
      exchangeIds: [exchangeId],
      diffs: row.diffs.filter((diff) => kept.has(diff.fromStatementId) && kept.has(diff.toStatementId)),
      ...(row.restatements ? { restatements: row.restatements.filter((r) => kept.has(r.statementId)) } : {}),
    }));
  const rowIds = new Set(rows.map((row) => row.id));
  return {
    ...comparison,
    statements: comparison.statements.filter((s) => kept.has(s.id)),
    rows,
    coverage: comparison.coverage
      .filter((c) => kept.has(c.statementId))
      .map((c) => ({
        statementId: c.statementId,
        reportedRowIds: c.reportedRowIds.filter((id) => rowIds.has(id)),
        uniqueRowIds: c.uniqueRowIds.filter((id) => rowIds.has(id)),
        missingRowIds: c.missingRowIds.filter((id) => rowIds.has(id)),
      })),
    exchanges: [coverage],
    entities: comparison.entities
      .map((entity) => ({ ...entity, mentions: entity.mentions.filter((m) => kept.has(m.statementId)), mentionedBy: keep(entity.mentionedBy) }))
      .filter((entity) => entity.mentionedBy.length > 0),
    quotes: comparison.quotes.filter((q) => kept.has(q.statementId)),
    versions: comparison.versions.filter((v) => kept.has(v.aId) && kept.has(v.bId)),
  };
}
