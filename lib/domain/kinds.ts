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

export const STATEMENT_KINDS = ["official_readout", "media_account", "news_report", "testimony", "remarks", "other"] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

export const STATEMENT_KIND_LABELS: Record<StatementKind, string> = {
  official_readout: "Official readout",
  media_account: "Media account",
  news_report: "News report",
  testimony: "Testimony",
  remarks: "Remarks",
  other: "Other",
};

/**
 * A statement's source role: primary — the party's own account (a readout, testimony, remarks); secondary — a
 * retelling by someone else (a news report). Secondary sources are a reference: they never make an omission.
 */
export const SOURCE_ROLES = ["primary", "secondary"] as const;
export type SourceRole = (typeof SOURCE_ROLES)[number];

export const SOURCE_ROLE_LABELS: Record<SourceRole, string> = {
  primary: "Primary source",
  secondary: "Secondary source",
};

/** The role a statement of this kind has when none is given: news reports are secondary, the rest primary. */
export function defaultSourceRole(kind: string): SourceRole {
  return kind === "news_report" ? "secondary" : "primary";
}

/** What an exchange inside an event was: the conversation the statements report. */
export const EXCHANGE_KINDS = ["call", "meeting", "press_conference", "hearing", "statement", "other"] as const;
export type ExchangeKind = (typeof EXCHANGE_KINDS)[number];

export const EXCHANGE_KIND_LABELS: Record<ExchangeKind, string> = {
  call: "Call",
  meeting: "Meeting",
  press_conference: "Press conference",
  hearing: "Hearing",
  statement: "Statement",
  other: "Other",
};

/** The slug of the one exchange an event gets when nobody said which exchanges it holds (also the migration's). */
export const WHOLE_EVENT_EXCHANGE = "whole-event";

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

export function exchangeKindLabel(kind: string): string {
  return EXCHANGE_KIND_LABELS[kind as ExchangeKind] ?? kind;
}
