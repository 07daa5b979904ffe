import type { EventView } from "./event-view-state";

/** Each view's name: on its tab and at the top of its export. */
export const VIEW_TITLES: Record<EventView, string> = {
  aligned: "Aligned claims",
  coverage: "Coverage",
  quotes: "Quote check",
  pairwise: "Pairwise diff",
};
