"use client";

import { useRef } from "react";

interface SyncedPanesProps {
  left: React.ReactNode;
  right: React.ReactNode;
  leftLabel: React.ReactNode;
  rightLabel: React.ReactNode;
}

/** Two scroll panes that keep the same relative position, so both texts stay in step. */
export function SyncedPanes({ left, right, leftLabel, rightLabel }: SyncedPanesProps) {
  const leftRef = useRef<HTMLDivElement>(null);
  const rightRef = useRef<HTMLDivElement>(null);
  const syncing = useRef(false);

  const follow = (from: HTMLDivElement | null, to: HTMLDivElement | null) => {
    if (!from || !to || syncing.current) return;
    syncing.current = true;
    const range = from.scrollHeight - from.clientHeight;
    const ratio = range > 0 ? from.scrollTop / range : 0;
    to.scrollTop = ratio * (to.scrollHeight - to.clientHeight);
    requestAnimationFrame(() => (syncing.current = false));
  };

  const pane = "max-h-[70vh] overflow-y-auto whitespace-pre-wrap rounded-b-lg border border-t-0 border-slate-200 bg-white p-4 font-serif leading-relaxed print:max-h-none print:overflow-visible";
  return (
    <div className="grid gap-4 md:grid-cols-2" data-testid="split-diff">
      <section aria-label="From text">
        <div className="rounded-t-lg border border-slate-200 bg-slate-50 px-4 py-2 text-sm">{leftLabel}</div>
        <div ref={leftRef} className={pane} data-testid="split-left" onScroll={() => follow(leftRef.current, rightRef.current)}>
          {left}
        </div>
      </section>
      <section aria-label="To text">
        <div className="rounded-t-lg border border-slate-200 bg-slate-50 px-4 py-2 text-sm">{rightLabel}</div>
        <div ref={rightRef} className={pane} data-testid="split-right" onScroll={() => follow(rightRef.current, leftRef.current)}>
          {right}
        </div>
      </section>
    </div>
  );
}
