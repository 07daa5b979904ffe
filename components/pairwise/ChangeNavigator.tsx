"use client";

import { useCallback, useEffect, useRef, useState } from "react";

interface ChangeNavigatorProps {
  count: number;
  /** Ids of the change targets are `${idPrefix}${n}` for n = 1..count (unless `ids` is given). */
  idPrefix: string;
  /** Explicit target ids, in order (target n is ids[n - 1]); each target carries `data-change={n}`. */
  ids?: string[];
  /** What one step is called: "change" (pairwise) or "claim" (aligned rows). */
  noun?: string;
  /** False where the page's one count is another summary (the pairwise view of versions): say "Marked passage 3", no total. */
  showTotal?: boolean;
}

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ["INPUT", "SELECT", "TEXTAREA"].includes(element.tagName));
}

/**
 * Previous/next buttons and the j/k (or n/p) keys; the URL hash follows the current target, which carries
 * `data-current-change` (outlined in globals.css). Sets `data-ready` once the keys work (after hydration).
 */
export function ChangeNavigator({ count, idPrefix, ids, noun = "change", showTotal = true }: ChangeNavigatorProps) {
  const idOf = useCallback((n: number) => (ids ? ids[n - 1] : `${idPrefix}${n}`), [ids, idPrefix]);
  const [current, setCurrent] = useState(0);
  const root = useRef<HTMLDivElement>(null);

  const go = useCallback(
    (n: number) => {
      if (count === 0) return;
      const target = Math.min(Math.max(n, 1), count);
      const id = idOf(target);
      const element = id ? document.getElementById(id) : null;
      if (!element) return;
      document.querySelectorAll("[data-current-change]").forEach((el) => el.removeAttribute("data-current-change"));
      // Every piece of the change (data-change-piece) is marked, not only its jump target, so the whole edit stands out.
      document.querySelectorAll(`[data-change="${target}"], [data-change-piece="${target}"]`).forEach((el) => el.setAttribute("data-current-change", ""));
      // The change list scrolls on its own: bring its current item into its view without moving the page.
      const item = document.querySelector<HTMLElement>(`[data-change-list] [data-change="${target}"]`);
      const list = item?.closest<HTMLElement>("[data-change-list]");
      if (item && list) list.scrollTop = item.offsetTop - list.clientHeight / 2;
      element.scrollIntoView({ block: "center" });
      element.focus({ preventScroll: true });
      history.replaceState(history.state, "", `#${id}`);
      setCurrent(target);
    },
    [count, idOf],
  );

  useEffect(() => {
    const hash = decodeURIComponent(window.location.hash.slice(1));
    const match = ids ? ids.indexOf(hash) + 1 : Number(new RegExp(`^${idPrefix}(\\d+)$`).exec(hash)?.[1] ?? 0);
    // Restore the target a permalink points at (after hydration, so the outline shows too).
    if (match > 0) queueMicrotask(() => go(match));
  }, [go, idPrefix, ids]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (event.key === "j" || event.key === "n") go(current + 1);
      else if (event.key === "k" || event.key === "p") go(current - 1);
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    // Tells browser tests (and scripts) that the keys now work; before hydration they do nothing.
    root.current?.setAttribute("data-ready", "");
    return () => window.removeEventListener("keydown", onKey);
  }, [current, go]);

  return (
    <div ref={root} className="flex items-center gap-2 text-sm" data-testid="change-navigator">
      <button
        type="button"
        onClick={() => go(current - 1)}
        disabled={current <= 1}
        className="rounded border border-slate-300 bg-white px-2 py-1 font-medium hover:bg-slate-100 disabled:opacity-50"
      >
        ↑ Previous<span className="sr-only"> {noun}</span> <kbd className="ml-1 text-xs text-slate-600">k</kbd>
      </button>
      <button
        type="button"
        onClick={() => go(current + 1)}
        disabled={current >= count}
        className="rounded border border-slate-300 bg-white px-2 py-1 font-medium hover:bg-slate-100 disabled:opacity-50"
      >
        ↓ Next<span className="sr-only"> {noun}</span> <kbd className="ml-1 text-xs text-slate-600">j</kbd>
      </button>
      <span aria-live="polite" data-testid="current-change" className="tabular-nums text-slate-700">
        {!showTotal
          ? current === 0
            ? ""
            : `${noun[0].toUpperCase()}${noun.slice(1)} ${current}`
          : count === 0
            ? `No ${noun}s`
            : current === 0
              ? `${count} ${count === 1 ? noun : `${noun}s`}`
              : `${noun[0].toUpperCase()}${noun.slice(1)} ${current} of ${count}`}
      </span>
    </div>
  );
}
