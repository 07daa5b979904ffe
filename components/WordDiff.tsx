import { Fragment } from "react";
import type { DiffPart } from "@/lib/compare/types";
import { separatorBetween } from "@/lib/diff/word-diff";
import { DiffMark } from "./DiffMark";

/** Renders a word diff as runs of kept text and <ins>/<del> marks; a deletion and an insertion that meet keep a space between them. */
export function WordDiff({ parts }: { parts: DiffPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.op === "equal" ? (
          <span key={i}>{part.text}</span>
        ) : (
          <Fragment key={i}>
            {separatorBetween(parts[i - 1], part)}
            <DiffMark op={part.op}>{part.text}</DiffMark>
          </Fragment>
        ),
      )}
    </>
  );
}
