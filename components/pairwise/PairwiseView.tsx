import Link from "next/link";
import type { DiffPart, VersionPair } from "@/lib/compare/types";
import { diffStats } from "@/lib/diff/word-diff";
import { layoutChanges } from "@/lib/view/change-blocks";
import { versionSplitRows } from "@/lib/view/version-split";
import { containment } from "@/lib/view/containment";
import { DIFFERENT_EXCHANGES_NOTE } from "@/lib/view/pairwise-diff";
import type { StatementColumnInfo } from "@/lib/view/columns";
import type { PairwiseMode } from "@/lib/view/event-view-state";
import { DiffLegend } from "../DiffLegend";
import { PartyChip } from "../PartyChip";
import { ChangeList } from "./ChangeList";
import { ChangeNavigator } from "./ChangeNavigator";
import { DiffPieces } from "./DiffPieces";
import { SplitDiff } from "./SplitDiff";
import type { VersionDiff } from "@/lib/compare/versions/types";
import { EditSummary } from "../versions/EditSummary";
import { VersionDiffView } from "../versions/VersionDiffView";

interface PairwiseViewProps {
  from: StatementColumnInfo;
  to: StatementColumnInfo;
  /** The whole-text word diff; null when the texts were too different to diff within the bounds. */
  parts: DiffPart[] | null;
  /** Set when the engine judged the two statements near-copies. */
  nearCopy: VersionPair | null;
  /** The sentence-aligned diff with classed edits and moves (shown for versions). */
  versionDiff?: VersionDiff;
  mode: PairwiseMode;
  modeHref: (mode: PairwiseMode) => string;
  picker: React.ReactNode;
  /** Whether typographic edits are marked, and the link that flips it (`typography=show`; hidden by default). */
  typography?: { shown: boolean; href: string };
  /** The two report different exchanges (PairwiseDiff.differentExchanges): never versions of one another. */
  differentExchanges?: boolean;
}

const CHANGE_ID = "change-";

/** The sentence-aligned diff is shown for near-copies, and for texts most of whose sentences pair up. */
const showVersionDiff = (nearCopy: VersionPair | null, diff: VersionDiff) => nearCopy !== null || diff.pairedShare >= 0.6;

function Label({ column }: { column: StatementColumnInfo }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <PartyChip name={column.partyName} label={column.label} color={column.color} />
      <span className="text-slate-600">{column.title}</span>
    </span>
  );
}

/** Two whole statements diffed word by word, split or inline, with change navigation. */
export function PairwiseView({ from, to, parts, nearCopy, versionDiff, mode, modeHref, picker, typography, differentExchanges }: PairwiseViewProps) {
  const layout = parts && layoutChanges(parts);
  const stats = parts && diffStats(parts);
  const contained = containment(parts);
  const [inner, outer] = contained === "from-in-to" ? [from, to] : [to, from];
  // Versions get one summary, the edits by class; the word counts and the change total would be a second, different count (tester C1).
  const classed = !!versionDiff && showVersionDiff(nearCopy, versionDiff);
  return (
    <div className="min-w-0 space-y-4" data-testid="pairwise-view">
      {nearCopy ? (
        <p role="note" data-testid="near-copy-verdict" className="rounded-lg border border-blue-300 bg-blue-50 px-4 py-3 text-blue-950">
          <strong>Near-copies:</strong> these two statements share {Math.round(nearCopy.similarity * 100)}% of their
          wording — one is probably a re-publication of the other. Every marked word below is an edit.
        </p>
      ) : differentExchanges ? (
        <p role="note" data-testid="different-exchanges" className="text-sm text-slate-700">
          {DIFFERENT_EXCHANGES_NOTE}
        </p>
      ) : (
        <p className="text-sm text-slate-700">
          These are independent texts, not versions of one another, so a whole-text diff marks much of them; the aligned
          view compares them claim by claim.
        </p>
      )}
      {classed && versionDiff && (
        <div className="rounded-lg border border-slate-200 bg-white p-3" data-testid="pairwise-edit-summary">
          <EditSummary diff={versionDiff} idPrefix="v-" typography={typography} />
        </div>
      )}
      {contained && (
        <p role="note" data-testid="containment" className="rounded-lg border border-emerald-300 bg-emerald-50 px-4 py-3 text-emerald-950">
          <strong>Wholly contained:</strong> every word of {inner.label} appears in {outer.label}, in the same order;{" "}
          {outer.label} only adds words.
        </p>
      )}
      {picker}
      {classed && versionDiff && (
        <details open className="rounded-lg border border-slate-200 bg-white p-4" data-testid="pairwise-version-diff">
          <summary className="cursor-pointer font-semibold">Sentence by sentence: edits by what they change</summary>
          <div className="mt-3">
            <VersionDiffView diff={versionDiff} idPrefix="v-" language={to.language} showSummary={false} showTypographic={typography?.shown ?? false} />
          </div>
        </details>
      )}
      <div className="no-print flex flex-wrap items-center justify-between gap-3">
        <div role="group" aria-label="Layout" className="inline-flex overflow-hidden rounded border border-slate-300 text-sm">
          {(["split", "inline"] as const).map((m) => (
            <Link
              key={m}
              href={modeHref(m)}
              aria-current={m === mode ? "true" : undefined}
              className={m === mode ? "bg-slate-900 px-3 py-1.5 font-semibold text-white" : "bg-white px-3 py-1.5 text-slate-800 hover:bg-slate-100"}
            >
              {m === "split" ? "Split" : "Inline"}
            </Link>
          ))}
        </div>
        {layout && <ChangeNavigator key={mode} count={layout.changes.length} idPrefix={CHANGE_ID} {...(classed ? { noun: "marked passage", showTotal: false } : {})} />}
      </div>
      <DiffLegend fromLabel={from.label} toLabel={to.label} />
      {stats && !classed && (
        <p className="text-sm text-slate-700" data-testid="diff-stats">
          {stats.deletions} words removed, {stats.insertions} words added.
        </p>
      )}
      {!layout ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4" data-testid="pairwise-diff">
          These two texts differ too much for a word diff to be readable: they are rephrased entirely.
        </p>
      ) : (
        <>
          <ChangeList changes={layout.changes} idPrefix={CHANGE_ID} showTotal={!classed} />
          {mode === "split" ? (
            <div data-testid="pairwise-diff">
              <SplitDiff
                rows={versionDiff ? versionSplitRows(versionDiff, typography?.shown ?? false) : layout.rows}
                leftLabel={<Label column={from} />}
                rightLabel={<Label column={to} />}
                leftIdPrefix={`${CHANGE_ID}from-`}
                rightIdPrefix={CHANGE_ID}
              />
            </div>
          ) : (
            <div
              data-testid="pairwise-diff"
              className="whitespace-pre-wrap rounded-lg border border-slate-200 bg-white p-4 font-serif leading-relaxed"
            >
              <DiffPieces pieces={layout.inline} idPrefix={CHANGE_ID} />
            </div>
          )}
        </>
      )}
    </div>
  );
}
