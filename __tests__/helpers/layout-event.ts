import type { Comparison, StatementInput } from "@/lib/compare/types";
import type { EventWithStatements } from "@/lib/data/events";
import type { ExportModel } from "@/lib/export/model";
import type { StatementColumnInfo } from "@/lib/view/columns";

/**
 * An event whose statements put separator lines ("***", "* * *", "—") and bare list markers ("1.", "2.") between
 * their claims, for the tests that no count a reader sees holds a row that states nothing. Texts written for these
 * tests: two governments' readouts of one call and a wire story that retells part of it (a secondary source).
 */
export const NORTH = [
  "The minister spoke by telephone with President Varga.",
  "***",
  "The minister welcomed progress toward a border treaty.",
  "1.",
  "She raised the fate of two detained journalists.",
  "—",
  "Both agreed to speak again next month.",
];
export const SOUTH = ["President Varga held a phone call with the minister.", "* * *", "The two sides discussed the border treaty.", "2.", "Varga objected to remarks by a foreign diplomat."];
export const WIRE = [
  "The minister phoned President Varga on Friday.",
  "***",
  "Varga objected to remarks by a foreign diplomat, his office said.",
  "Fishing boats were idle in the harbour that week.",
  "* * *",
];

/** The same lines without the separators and markers: the claims alone. */
export const withoutLayout = (lines: readonly string[]) => lines.filter((line) => /\p{L}/u.test(line));

export interface LayoutStatement {
  id: string;
  label: string;
  lines: readonly string[];
  secondary?: boolean;
}

export const LAYOUT_STATEMENTS: LayoutStatement[] = [
  { id: "north", label: "North", lines: NORTH },
  { id: "south", label: "South", lines: SOUTH },
  { id: "wire", label: "Wire", lines: WIRE, secondary: true },
];

/** Engine input: one paragraph per line, each statement its own party. */
export function inputsOf(statements: readonly LayoutStatement[], exchangeIds?: (s: LayoutStatement) => string[]): StatementInput[] {
  return statements.map((s) => ({
    id: s.id,
    label: s.label,
    text: s.lines.join("\n\n"),
    party: s.id,
    role: s.secondary ? "secondary" : "primary",
    ...(exchangeIds ? { exchangeIds: exchangeIds(s) } : {}),
  }));
}

export function columnsOf(statements: readonly LayoutStatement[]): StatementColumnInfo[] {
  return statements.map((s, i) => ({
    id: s.id,
    dbId: i + 1,
    label: s.label,
    partyName: `${s.label} office`,
    color: "#336699",
    title: `${s.label} statement`,
    language: "en",
    kind: s.secondary ? "news_report" : "official_readout",
    role: s.secondary ? "secondary" : "primary",
  }));
}

/** The parts of an event the summaries and exports read, without a database. */
export function eventOf(statements: readonly LayoutStatement[], exchanges: { slug: string; title: string; kind: string }[] = []): EventWithStatements {
  const rows = statements.map((s, i) => ({
    id: i + 1,
    slug: s.id,
    title: `${s.label} statement`,
    kind: s.secondary ? "news_report" : "official_readout",
    sourceRole: s.secondary ? "secondary" : "primary",
    sourceName: s.label,
    sourceUrl: null,
    publishedOn: null,
    speaker: null,
    provenanceNote: "",
    language: "en",
    body: s.lines.join("\n\n"),
    party: { slug: s.id, name: `${s.label} office`, shortName: s.label, color: "#336699" },
  }));
  return {
    slug: "varga-call",
    title: "A call with President Varga",
    summary: "",
    occurredOn: new Date("2026-10-02"),
    statements: rows,
    exchanges: exchanges.map((x) => ({ ...x, participants: [] })),
  } as unknown as EventWithStatements;
}

/** An export model of the aligned view (or of `view`) over a comparison made in the test, not from a database. */
export function exportModelOf(statements: readonly LayoutStatement[], comparison: Comparison, partyOnly: Map<string, string[]> | null, view: ExportModel["view"] = "aligned"): ExportModel {
  const event = eventOf(statements);
  return {
    event,
    statements: event.statements,
    columns: columnsOf(statements),
    comparison,
    partyOnly,
    annotations: [],
    pairwise: null,
    view,
    exchangeTitle: null,
    filter: null,
    coverage: { only: null, all: false, sort: "order" },
    verdict: null,
    permalink: null,
    exportedAt: new Date("2026-10-03T12:00:00Z"),
  };
}
