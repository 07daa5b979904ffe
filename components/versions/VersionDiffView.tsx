import { Fragment } from "react";
import type { SentencePair, VersionDiff, VersionEdit, VersionPart } from "@/lib/compare/versions/types";
import { separatorBetween } from "@/lib/diff/word-diff";
import { EDIT_CLASS_LABELS, editElementId, moveElementId, moveOriginId } from "@/lib/view/version-diff";
import { DiffMark } from "../DiffMark";
import { EditSummary } from "./EditSummary";

interface VersionDiffViewProps {
  diff: VersionDiff;
  /** Keeps element ids unique when a page shows several diffs. */
  idPrefix?: string;
  language?: string;
  /** False when the page shows the EditSummary itself, at its top. */
  showSummary?: boolean;
  /** Marks typographic edits like the others (hidden by default: shown as the newer text). */
  showTypographic?: boolean;
}

const CLASS_STYLE: Record<VersionEdit["class"], string> = {
  fact: "ring-2 ring-red-600 rounded-sm",
  wording: "",
  typographic: "",
  unclassified: "ring-1 ring-amber-500 rounded-sm",
};

/** One pair's parts; typographic edits are shown as the new text, unmarked (hidden by default, issue 12). */
function PairParts({ pair, edits, idPrefix, showTypographic }: { pair: SentencePair; edits: Map<string, VersionEdit>; idPrefix: string; showTypographic: boolean }) {
  const shown: VersionPart[] = [];
  for (const part of pair.parts) {
    const edit = part.editId ? edits.get(part.editId) : undefined;
    if (part.layout || (edit?.class === "typographic" && !showTypographic)) {
      if (part.op === "insert") shown.push({ op: "equal", text: part.text });
    } else shown.push(part);
  }
  const seen = new Set<string>();
  return (
    <>
      {shown.map((part, i) => {
        if (part.op === "equal") return <span key={i}>{part.text}</span>;
        const edit = edits.get(part.editId!)!;
        const first = !seen.has(edit.id);
        seen.add(edit.id);
        return (
          <Fragment key={i}>
            {separatorBetween(shown[i - 1], part)}
            <DiffMark
              op={part.op}
              className={CLASS_STYLE[edit.class]}
              data-edit-class={edit.class}
              title={`${EDIT_CLASS_LABELS[edit.class]} (${edit.reason})`}
              {...(first ? { id: editElementId(idPrefix, edit.id), tabIndex: -1 } : {})}
            >
              {part.text}
            </DiffMark>
          </Fragment>
        );
      })}
    </>
  );
}

/**
 * A sentence-aligned version diff (lib/compare/versions): the summary line ("3 edits that change facts,
 * 12 in wording") with a link to each edit, then the text in the newer version's order. A moved passage
 * is shown once, at its new place, with links between it and the place it moved from.
 */
export function VersionDiffView({ diff, idPrefix = "", language, showSummary = true, showTypographic = false }: VersionDiffViewProps) {
  const edits = new Map(diff.edits.map((edit) => [edit.id, edit]));
  const movesAfter = new Map<string | null, string[]>();
  for (const move of diff.moves) movesAfter.set(move.fromAfterPairId, [...(movesAfter.get(move.fromAfterPairId) ?? []), move.id]);
  const origin = (moveId: string) => (
    <a key={`o-${moveId}`} id={moveOriginId(idPrefix, moveId)} href={`#${moveElementId(idPrefix, moveId)}`} className="mx-1 rounded bg-violet-100 px-1 text-sm text-violet-900" data-testid="moved-from">
      ↕ a passage moved from here
    </a>
  );
  return (
    <div className="space-y-3" data-testid="version-diff">
      {showSummary && <EditSummary diff={diff} idPrefix={idPrefix} />}
      <p lang={language} className="whitespace-pre-wrap font-serif leading-relaxed text-slate-900">
        {(movesAfter.get(null) ?? []).map(origin)}
        {diff.pairs.map((pair) => {
          const move = pair.moveId ? diff.moves.find((m) => m.id === pair.moveId) : undefined;
          const startsMove = move && move.pairIds[0] === pair.id;
          return (
            <Fragment key={pair.id}>
              {startsMove && (
                <a id={moveElementId(idPrefix, move.id)} href={`#${moveOriginId(idPrefix, move.id)}`} className="mr-1 rounded bg-violet-100 px-1 text-sm text-violet-900" data-testid="moved-to">
                  {move.reordered ? "↕ moved passage, in a new order inside: where it was" : "↕ moved passage: where it was"}
                </a>
              )}
              <span data-pair={pair.relation} className={pair.moveId ? "bg-violet-50" : undefined}>
                <PairParts pair={pair} edits={edits} idPrefix={idPrefix} showTypographic={showTypographic} />
              </span>
              {(movesAfter.get(pair.id) ?? []).map(origin)}
            </Fragment>
          );
        })}
      </p>
    </div>
  );
}
