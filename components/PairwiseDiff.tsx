import type { StatementWithParty } from "@/lib/data/events";
import { diffStats, wordDiff } from "@/lib/diff/word-diff";
import { DiffLegend } from "./DiffLegend";
import { PairPicker } from "./PairPicker";
import { PartyChip } from "./PartyChip";
import { WordDiff } from "./WordDiff";

interface PairwiseDiffProps {
  action: string;
  statements: StatementWithParty[];
  a: StatementWithParty;
  b: StatementWithParty;
  notice: string | null;
}

// Whole-text diffs of independent readouts can be long; past this many edits the diff says nothing useful.
const MAX_EDIT_LENGTH = 20_000;
const DIFF_TIMEOUT_MS = 2_000;

function label(statement: StatementWithParty) {
  return `${statement.party.shortName}: ${statement.title}`;
}

/** Word diff of two whole statements, with the pair chosen in the URL. */
export function PairwiseDiff({ action, statements, a, b, notice }: PairwiseDiffProps) {
  const parts = wordDiff(a.body, b.body, { maxEditLength: MAX_EDIT_LENGTH, timeoutMs: DIFF_TIMEOUT_MS }, a.language);
  const stats = parts && diffStats(parts);
  return (
    <section aria-labelledby="pairwise-heading" className="mt-10" id="pairwise">
      <h2 id="pairwise-heading" className="text-lg font-semibold">
        Word diff of two statements
      </h2>
      <div className="mt-3 space-y-3">
        <PairPicker
          action={`${action}#pairwise`}
          options={statements.map((s) => ({ value: s.slug, label: label(s) }))}
          a={a.slug}
          b={b.slug}
        />
        {notice && (
          <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
            {notice}
          </p>
        )}
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          From <PartyChip name={a.party.name} label={label(a)} color={a.party.color} /> to{" "}
          <PartyChip name={b.party.name} label={label(b)} color={b.party.color} />
          {stats && (
            <span data-testid="diff-stats">
              — {stats.deletions} words removed, {stats.insertions} words added
            </span>
          )}
        </p>
        <DiffLegend fromLabel={a.party.shortName} toLabel={b.party.shortName} />
        <div
          data-testid="pairwise-diff"
          className="whitespace-pre-wrap rounded-lg border border-slate-200 bg-white p-4 font-serif leading-relaxed"
        >
          {parts ? (
            <WordDiff parts={parts} />
          ) : (
            <p>These two texts differ too much for a word diff to be readable: they are rephrased entirely.</p>
          )}
        </div>
        <p className="text-xs text-slate-600">
          Independent readouts are not versions of one text, so a whole-text diff marks most words. It is most useful
          for near-copies (one outlet re-publishing another’s text).
        </p>
      </div>
    </section>
  );
}
