import type { HTMLAttributes, ReactNode } from "react";

interface DiffMarkProps extends HTMLAttributes<HTMLElement> {
  op: "insert" | "delete";
  children: ReactNode;
}

/**
 * An added (<ins>, underlined) or removed (<del>, struck through) run. Screen readers hear "added"/"removed"
 * around it, since colour and strike-through are not announced.
 */
export function DiffMark({ op, children, className: extra = "", ...rest }: DiffMarkProps) {
  const [Tag, className, word] = op === "insert" ? (["ins", "diff-ins", "added"] as const) : (["del", "diff-del", "removed"] as const);
  return (
    <Tag className={`${className} ${extra}`.trim()} {...rest}>
      <span className="sr-only">{`[${word}: `}</span>
      {children}
      <span className="sr-only">]</span>
    </Tag>
  );
}
