import type { VersionEntry } from "../data/revisions";

/** When a version of a statement's text was made, by whom and why. */
export interface VersionAuthorship {
  version: number;
  /** ISO timestamp: when the statement was added (oldest version) or when the edit that made this version was saved. */
  madeAt: string | null;
  /** The editor who made it; null for seed data or an editor since removed. */
  madeBy: string | null;
  /** The edit's reason (null for the oldest version). */
  reason: string | null;
  /** True for the oldest version: it is how the statement was added, not an edit. */
  added: boolean;
}

/**
 * Each version's own date and author, the current one included. `versions` is listVersions' list, newest first:
 * version k (k > 1) was made by the edit that replaced version k − 1, so its date, editor and reason are those
 * stored on revision k − 1 (the next entry); the oldest version was made when the statement was added.
 */
export function versionAuthorship(versions: readonly VersionEntry[]): VersionAuthorship[] {
  return versions.map((version, i) => {
    const previous = versions[i + 1];
    if (!previous) return { version: version.version, madeAt: version.addedAt, madeBy: version.addedBy, reason: null, added: true };
    return { version: version.version, madeAt: previous.replacedAt, madeBy: previous.replacedBy, reason: previous.reason, added: false };
  });
}
