import type { DiffPart } from "@/lib/compare/types";

/**
 * Renders a word diff as <ins>/<del> runs. Screen readers hear "added"/"removed" before each run,
 * since colour and strike-through are not announced.
 */
export function WordDiff({ parts }: { parts: DiffPart[] }) {
  return (
    <>
      {parts.map((part, i) => {
        if (part.op === "equal") return <span key={i}>{part.text}</span>;
        if (part.op === "insert") {
          return (
            <ins key={i} className="diff-ins">
              <span className="sr-only">[added: </span>
              {part.text}
              <span className="sr-only">]</span>
            </ins>
          );
        }
        return (
          <del key={i} className="diff-del">
            <span className="sr-only">[removed: </span>
            {part.text}
            <span className="sr-only">]</span>
          </del>
        );
      })}
    </>
  );
}
