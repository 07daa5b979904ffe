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

/** An annotation's judgement of the words it quotes. */
export const VERDICTS = ["accurate", "misleading", "false", "unverified", "needs_context"] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_LABELS: Record<Verdict, string> = {
  accurate: "Accurate",
  misleading: "Misleading",
  false: "False",
  unverified: "Unverified",
  needs_context: "Needs context",
};

export function partyKindLabel(kind: string): string {
  return PARTY_KIND_LABELS[kind as PartyKind] ?? kind;
}

export function statementKindLabel(kind: string): string {
  return STATEMENT_KIND_LABELS[kind as StatementKind] ?? kind;
}

export function verdictLabel(verdict: string): string {
  return VERDICT_LABELS[verdict as Verdict] ?? verdict;
}
