import type { DiffPart } from "@/lib/compare/types";
import { DiffMark } from "./DiffMark";

/** Renders a word diff as runs of kept text and <ins>/<del> marks. */
export function WordDiff({ parts }: { parts: DiffPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.op === "equal" ? (
          <span key={i}>{part.text}</span>
        ) : (
          <DiffMark key={i} op={part.op}>
            {part.text}
          </DiffMark>
        ),
      )}
    </>
  );
}
