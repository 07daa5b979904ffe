import Link from "next/link";
import type { EventView } from "@/lib/view/event-view-state";
import { VIEW_TITLES as LABELS } from "@/lib/view/view-titles";

interface ViewTabsProps {
  current: EventView;
  /** The link for each view, with the rest of the state kept. */
  hrefs: Record<EventView, string>;
}

export function ViewTabs({ current, hrefs }: ViewTabsProps) {
  return (
    <nav aria-label="Views" className="no-print border-b border-slate-300">
      <ul className="-mb-px flex flex-wrap gap-1">
        {(Object.keys(LABELS) as EventView[]).map((view) => (
          <li key={view}>
            <Link
              href={hrefs[view]}
              aria-current={view === current ? "page" : undefined}
              className={
                view === current
                  ? "block rounded-t border border-b-white border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-900"
                  : "block rounded-t border border-transparent px-4 py-2 text-sm text-slate-700 hover:border-slate-200 hover:bg-white hover:text-slate-900"
              }
            >
              {LABELS[view]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
