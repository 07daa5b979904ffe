import type { StatementWithParty } from "../data/events";

/** What the reading views need to label a statement: the engine's id is the statement slug. */
export interface StatementColumnInfo {
  id: string;
  dbId: number;
  label: string;
  partyName: string;
  color: string;
  title: string;
  language: string;
  /** Statement kind (official_readout, news_report, …). */
  kind: string;
}

export function columnInfo(statement: StatementWithParty): StatementColumnInfo {
  return {
    id: statement.slug,
    dbId: statement.id,
    label: statement.party.shortName,
    partyName: statement.party.name,
    color: statement.party.color,
    title: statement.title,
    language: statement.language,
    kind: statement.kind,
  };
}

export type ColumnLookup = Map<string, StatementColumnInfo>;

export function columnLookup(columns: StatementColumnInfo[]): ColumnLookup {
  return new Map(columns.map((column) => [column.id, column]));
}
