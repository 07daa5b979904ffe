import type { AlignedRow, QuoteCheck } from "@/lib/compare/types";
import type { StatementColumnInfo } from "@/lib/view/columns";

/** Hand-written engine output for component tests: three statements, three claims. */
export const columns: StatementColumnInfo[] = [
  { id: "am", dbId: 1, label: "Armenia PMO", partyName: "Office of the Prime Minister of Armenia", color: "#c2410c", title: "Readout", language: "en", kind: "official_readout", role: "primary" },
  { id: "us", dbId: 2, label: "State Dept.", partyName: "U.S. Department of State", color: "#1d4ed8", title: "Statement", language: "en", kind: "official_readout", role: "primary" },
  { id: "news", dbId: 3, label: "News report", partyName: "News report", color: "#4b5563", title: "Report", language: "en", kind: "news_report", role: "secondary" },
];

const cell = (statementId: string, text: string) => ({ statementId, segmentIds: [`${statementId}:s0`], text, spans: [{ start: 0, end: text.length }] });

export const rows: AlignedRow[] = [
  {
    id: "r0",
    index: 0,
    cells: [cell("am", "The sides discussed the peace process."), cell("news", "The sides discussed the stalled peace process.")],
    reportedBy: ["am", "news"],
    notReportedBy: ["us"],
    otherExchangeBy: [],
    exchangeIds: [""],
    secondaryOnly: false,
    soleReporter: "am",
    similarity: 0.8,
    diffs: [
      {
        fromStatementId: "am",
        toStatementId: "news",
        status: "diffed",
        parts: [
          { op: "equal", text: "The sides discussed the " },
          { op: "insert", text: "stalled " },
          { op: "equal", text: "peace process." },
        ],
      },
    ],
  },
  {
    id: "r1",
    index: 1,
    cells: [cell("us", "The Secretary noted concerns.")],
    reportedBy: ["us"],
    notReportedBy: ["am", "news"],
    otherExchangeBy: [],
    exchangeIds: [""],
    secondaryOnly: false,
    soleReporter: "us",
    similarity: 1,
    diffs: [],
  },
  {
    id: "r2",
    index: 2,
    cells: [cell("am", "Support was underscored."), cell("us", "Support was underscored."), cell("news", "Help was stressed instead.")],
    reportedBy: ["am", "us", "news"],
    notReportedBy: [],
    otherExchangeBy: [],
    exchangeIds: [""],
    secondaryOnly: false,
    soleReporter: null,
    similarity: 0.5,
    diffs: [
      { fromStatementId: "am", toStatementId: "us", status: "identical", parts: [{ op: "equal", text: "Support was underscored." }] },
      { fromStatementId: "am", toStatementId: "news", status: "rephrased", parts: [] },
    ],
  },
];

export const quotes: QuoteCheck[] = [
  {
    id: "news:q0",
    statementId: "news",
    text: "noted recent points of concern",
    spans: [{ start: 10, end: 40 }],
    verdict: "verbatim",
    speaker: { name: "Jane Roe", basis: "added", statementIds: ["us"] },
    source: { statementId: "us", span: { start: 5, end: 35 }, text: "noted recent points of concern", similarity: 1, parts: [{ op: "equal", text: "noted recent points of concern" }] },
    verbatimIn: ["us"],
  },
  {
    id: "news:q1",
    statementId: "news",
    text: "a durable peace",
    spans: [{ start: 50, end: 65 }],
    verdict: "altered",
    speaker: { name: "Jane Roe", basis: "said_after", statementIds: ["us"] },
    source: {
      statementId: "us",
      span: { start: 40, end: 63 },
      text: "a durable and dignified peace",
      similarity: 0.7,
      parts: [
        { op: "equal", text: "a durable " },
        { op: "delete", text: "and dignified " },
        { op: "equal", text: "peace" },
      ],
    },
    verbatimIn: [],
  },
  { id: "am:q0", statementId: "am", text: "an invented phrase", spans: [{ start: 0, end: 18 }], verdict: "not_found", speaker: null, source: null, verbatimIn: [] },
];
