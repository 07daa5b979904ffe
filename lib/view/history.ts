import { diffVersions } from "../compare/versions";
import type { VersionDiff } from "../compare/versions/types";
import type { VersionEntry } from "../data/revisions";
import type { HistoryQuery } from "./history-query";
import { versionDiffSummary, type VersionDiffSummary } from "./version-diff";

/** What the history page and its exports need of a statement. */
export interface HistoryStatement {
  id: number;
  title: string;
  language: string;
  party: { name: string };
}

/** The revision history of a statement with the sentence-aligned diff of two chosen versions (issue 12). */
export interface HistoryView {
  statement: HistoryStatement;
  /** Newest first (lib/data/revisions listVersions). */
  versions: VersionEntry[];
  from: VersionEntry;
  to: VersionEntry;
  /** Null when only one version exists or the same version is chosen twice. */
  diff: VersionDiff | null;
  /** "4 edits that change facts, 8 in wording, …" with a link per edit (element ids without prefix). */
  summary: VersionDiffSummary | null;
  /** Whether typographic edits are marked (`typography=show`); hidden by default. */
  showTypographic: boolean;
}

/**
 * The history view for `versions` (newest first, at least one): `to` is the version named by `query.to`
 * or the newest; `from` the one named by `query.from` or the newest older than `to`. `query` is checked first
 * (lib/view/history-query.ts parseHistoryQuery); a number the statement lacks falls back to those defaults.
 * Sentence-aligned, so the edit bound applies per sentence.
 */
export function historyView(statement: HistoryStatement, versions: VersionEntry[], query: HistoryQuery): HistoryView {
  const byVersion = new Map(versions.map((v) => [v.version, v]));
  const to = (query.to !== undefined && byVersion.get(query.to)) || versions[0];
  const from = (query.from !== undefined && byVersion.get(query.from)) || versions.find((v) => v.version < to.version) || to;
  const diff = from === to ? null : diffVersions(from.body, to.body, statement.language);
  return {
    statement,
    versions,
    from,
    to,
    diff,
    summary: diff && versionDiffSummary(diff),
    showTypographic: query.showTypographic === true,
  };
}
