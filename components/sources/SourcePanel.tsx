import Link from "next/link";
import { VersionDiffView } from "@/components/versions/VersionDiffView";
import type { getSourceRecord } from "@/lib/data/snapshots";
import { sourceChangeView } from "@/lib/view/source-change";
import { WatchToggle } from "./WatchToggle";

type SourceRecord = Awaited<ReturnType<typeof getSourceRecord>>;

const OUTCOME_LABELS: Record<string, string> = {
  baseline: "first snapshot",
  unchanged: "unchanged",
  not_modified: "not modified (304)",
  changed: "changed at source",
  failed: "check failed",
};

const when = (date: Date) => `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : bytes >= 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${bytes} bytes`;
}

/** The statement page's account of its source: edits found at source, the snapshots kept, and the watch checks. */
export function SourcePanel({ statementId, hasSourceUrl, record, language, canEdit }: { statementId: number; hasSourceUrl: boolean; record: SourceRecord; language: string; canEdit: boolean }) {
  const { snapshots, watch, checks, change } = record;
  const watched = Boolean(watch?.active);
  if (!snapshots.length && !watch && !(canEdit && hasSourceUrl)) return null;
  const view = change ? sourceChangeView(change.before, change.after, language) : null;
  return (
    <section aria-labelledby="source-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm" data-testid="source-panel">
      <h2 id="source-heading" className="text-base font-semibold">
        Source
      </h2>
      {watch?.changedAtSourceAt && change && view && (
        <div className="space-y-2 rounded border border-amber-400 bg-amber-50 p-3 text-amber-950" data-testid="edited-at-source">
          <p className="font-semibold">Edited at source on {when(watch.changedAtSourceAt)}</p>
          <p>
            The published text changed without notice: version {change.check.toVersion} holds the new text, version {change.check.fromVersion} is kept in the{" "}
            <Link href={`/statements/${statementId}/history`} className="underline">
              revision history
            </Link>
            .
          </p>
          <div className="max-h-96 overflow-auto rounded bg-white p-2 text-slate-900">
            <VersionDiffView diff={view.diff} idPrefix="source-" language={language} />
          </div>
        </div>
      )}
      <p>
        {watched ? "Watched for edits" : "Not watched"}
        {watch?.lastCheckedAt ? `; last checked ${when(watch.lastCheckedAt)}` : ""}.{" "}
        <a href="/feeds/source-changes" className="text-blue-800 underline">
          Feed of changes at source
        </a>
      </p>
      {canEdit && hasSourceUrl && <WatchToggle statementId={statementId} watched={watched} />}
      {snapshots.length > 0 && (
        <div>
          <h3 className="font-semibold">Snapshots</h3>
          <ul className="mt-1 space-y-1">
            {snapshots.map((snapshot) => (
              <li key={snapshot.id}>
                <a href={`/statements/${statementId}/snapshots/${snapshot.id}`} className="text-blue-800 underline" download>
                  {when(snapshot.fetchedAt)}
                </a>{" "}
                <span className="text-slate-700">
                  {snapshot.origin === "upload" ? `uploaded file ${snapshot.fileName ?? ""}` : `fetched${snapshot.finalUrl ? ` from ${snapshot.finalUrl}` : ""}`}, {snapshot.contentType.split(";")[0]}, {formatBytes(snapshot.byteLength)}
                </span>
                <br />
                <code className="break-all text-xs text-slate-600" title="SHA-256 of the bytes">
                  SHA-256 {snapshot.sha256}
                </code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {checks.length > 0 && (
        <div>
          <h3 className="font-semibold">Latest checks</h3>
          <ul className="mt-1 space-y-1" data-testid="source-checks">
            {checks.map((check) => (
              <li key={check.id}>
                <span className={check.outcome === "failed" ? "font-semibold text-rose-800" : check.outcome === "changed" ? "font-semibold text-amber-800" : ""}>
                  {OUTCOME_LABELS[check.outcome] ?? check.outcome}
                </span>{" "}
                <span className="text-slate-700">
                  {when(check.checkedAt)}
                  {check.outcome === "failed" || check.outcome === "changed" ? `: ${check.message}` : ""}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
