import { Fragment } from "react";
import { separatorBetween } from "@/lib/diff/word-diff";
import type { DiffPiece } from "@/lib/view/change-blocks";
import { DiffMark } from "../DiffMark";

interface DiffPiecesProps {
  pieces: DiffPiece[];
  /** Element ids are `${idPrefix}${change}`; the first piece of each change gets the id. */
  idPrefix: string;
  /** Changes already given their id, when one side is rendered in several parts (the split mode's rows). */
  seen?: Set<number>;
}

/** Where a moved passage stood in the older text, or stands in the newer one: links to the other place (split view). */
function MoveMarker({ id, place }: { id: string; place: "origin" | "destination" }) {
  const other = place === "origin" ? "destination" : "origin";
  return (
    <a
      id={`split-move-${place}-${id}`}
      href={`#split-move-${other}-${id}`}
      data-testid={`split-move-${place}`}
      className="mr-1 inline-block rounded bg-violet-100 px-1 font-sans text-sm text-violet-900"
    >
      {place === "origin" ? "↕ moved from here: see its new place" : "↕ moved here: see where it was"}
    </a>
  );
}

/** Renders diff pieces; the first piece of each numbered change is a jump target for links and keys. */
export function DiffPieces({ pieces, idPrefix, seen = new Set<number>() }: DiffPiecesProps) {
  return (
    <>
      {pieces.map((piece, i) => {
        if (piece.move) return <MoveMarker key={i} {...piece.move} />;
        if (piece.change === null) return <span key={i}>{piece.text}</span>;
        const isFirst = !seen.has(piece.change);
        seen.add(piece.change);
        const target = isFirst ? { id: `${idPrefix}${piece.change}`, "data-change": piece.change, tabIndex: -1 } : {};
        if (piece.text === "") return <span key={i} {...target} className="change-marker" />;
        // The last piece with text before this one: empty pieces are jump markers.
        const previous = pieces.slice(0, i).findLast((p) => p.text);
        return (
          <Fragment key={i}>
            {separatorBetween(previous, piece)}
            <DiffMark op={piece.op === "insert" ? "insert" : "delete"} data-change-piece={piece.change} {...target}>
              {piece.text}
            </DiffMark>
          </Fragment>
        );
      })}
    </>
  );
}
