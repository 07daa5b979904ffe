/** The closed vocabularies of the data model (stored as strings in SQLite, checked here). */

export const PARTY_KINDS = ["government", "presidency", "ministry", "media", "news_outlet", "other"] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

export const PARTY_KIND_LABELS: Record<PartyKind, string> = {
  government: "Government",
  presidency: "Presidency",
  ministry: "Ministry",
  media: "Media",
  news_outlet: "News outlet",
  other: "Other",
};

export const STATEMENT_KINDS = ["official_readout", "media_account", "news_report", "testimony", "other"] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

export const STATEMENT_KIND_LABELS: Record<StatementKind, string> = {
  official_readout: "Official readout",
  media_account: "Media account",
  news_report: "News report",
  testimony: "Testimony",
  other: "Other",
};

export function partyKindLabel(kind: string): string {
  return PARTY_KIND_LABELS[kind as PartyKind] ?? kind;
}

export function statementKindLabel(kind: string): string {
  return STATEMENT_KIND_LABELS[kind as StatementKind] ?? kind;
}
