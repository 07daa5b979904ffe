import { Fragment } from "react";
import type { DiffPart } from "@/lib/compare/types";
import { separatorBetween } from "@/lib/diff/word-diff";
import { DiffMark } from "./DiffMark";

/** Renders a word diff as runs of kept text and <ins>/<del> marks; a deletion and an insertion that meet keep a space between them. */
export function WordDiff({ parts }: { parts: DiffPart[] }) {
  return (
    <>
      {parts.map((part, i) => {
        if (part.op === "equal") return <span key={i}>{part.text}</span>;
        const separator = separatorBetween(parts[i - 1], part);
        // No fragment when there is no separator: one element less per mark in the page and its RSC payload.
        if (!separator) return <DiffMark key={i} op={part.op}>{part.text}</DiffMark>;
        return (
          <Fragment key={i}>
            {separator}
            <DiffMark op={part.op}>{part.text}</DiffMark>
          </Fragment>
        );
      })}
    </>
  );
}
