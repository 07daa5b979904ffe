import type { StatementWithParty } from "../data/events";
import { statementLabels } from "./statement-labels";

/** What the reading views need to label a statement: the engine's id is the statement slug. */
export interface StatementColumnInfo {
  id: string;
  dbId: number;
  /** Distinct within the event (see statementLabels). */
  label: string;
  partyName: string;
  color: string;
  title: string;
  language: string;
  /** Statement kind (official_readout, news_report, …). */
  kind: string;
  /** primary | secondary: secondary sources are a reference column. */
  role: string;
}

/** One statement's column; `label` should come from statementLabels over the whole event. */
export function columnInfo(statement: StatementWithParty, label = statement.party.shortName): StatementColumnInfo {
  return {
    id: statement.slug,
    dbId: statement.id,
    label,
    partyName: statement.party.name,
    color: statement.party.color,
    title: statement.title,
    language: statement.language,
    kind: statement.kind,
    role: statement.sourceRole,
  };
}

/** Columns for some statements of an event, labelled apart from every statement of `event` (default: the same list). */
export function columnInfos(statements: readonly StatementWithParty[], event: readonly StatementWithParty[] = statements): StatementColumnInfo[] {
  const labels = statementLabels(event);
  return statements.map((statement) => columnInfo(statement, labels.get(statement.slug)));
}

export type ColumnLookup = Map<string, StatementColumnInfo>;

export function columnLookup(columns: StatementColumnInfo[]): ColumnLookup {
  return new Map(columns.map((column) => [column.id, column]));
}
