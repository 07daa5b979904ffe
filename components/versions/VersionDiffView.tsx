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

/**
 * The link beside each place of a phrase moved inside its sentence (VersionEdit.moved): where it stood links to where
 * it stands, and back, as a moved passage's two places do (the element ids of moves, keyed by the edit's id).
 */
const PHRASE_MOVE_LINKS = { from: "moved from here: see its new place", to: "moved here: see where it was" } as const;

function PhraseMoveLink({ editId, idPrefix, place }: { editId: string; idPrefix: string; place: "from" | "to" }) {
  const [own, other] = place === "from" ? [moveOriginId(idPrefix, editId), moveElementId(idPrefix, editId)] : [moveElementId(idPrefix, editId), moveOriginId(idPrefix, editId)];
  return (
    <a id={own} href={`#${other}`} className="mx-0.5 rounded bg-violet-100 px-0.5 text-sm text-violet-900" data-testid={`phrase-moved-${place}`} aria-label={PHRASE_MOVE_LINKS[place]} title={PHRASE_MOVE_LINKS[place]}>
      ↕
    </a>
  );
}

/** One pair's parts; typographic edits are shown as the new text, unmarked (hidden by default, issue 12); a moved phrase at both places, linked. */
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
              className={`${CLASS_STYLE[edit.class]}${edit.moved ? " decoration-violet-600" : ""}`}
              data-edit-class={edit.class}
              {...(edit.moved ? { "data-moved": part.op === "delete" ? "from" : "to" } : {})}
              title={`${edit.moved ? "moved: " : ""}${EDIT_CLASS_LABELS[edit.class]} (${edit.reason})`}
              {...(first ? { id: editElementId(idPrefix, edit.id), tabIndex: -1 } : {})}
            >
              {part.text}
            </DiffMark>
            {edit.moved && <PhraseMoveLink editId={edit.id} idPrefix={idPrefix} place={part.op === "delete" ? "from" : "to"} />}
          </Fragment>
        );
      })}
    </>
  );
}

/**
 * A sentence-aligned version diff (lib/compare/versions): the summary line ("3 edits that change facts,
 * 12 in wording") with a link to each edit, then the text in the newer version's order. A moved passage
 * is shown once, at its new place, with links between it and the place it moved from; a phrase moved inside its
 * sentence is one edit marked at both places (struck where it stood, added where it stands), with links between them.
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
