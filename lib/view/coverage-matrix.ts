import type { Comparison, Entity, EntityKind } from "../compare/types";
import { truncateToGraphemes } from "../text/graphemes";
import { isClaimRow } from "./claim-rows";
import type { CoverageSort } from "./event-view-state";

export interface MatrixLine {
  id: string;
  label: string;
  /** Statement ids that report it. */
  reportedBy: string[];
  /** Statement ids in another language than its cells: not compared, quiet (claims only; AlignedRow.otherLanguageBy). */
  otherLanguageBy?: string[];
  /** Where the line came from, for ordering by position. */
  order: number;
}

export interface MatrixFilter {
  only: string | null;
  all: boolean;
  sort: CoverageSort;
}

const MAX_LABEL = 160;

/** A claim's label as shown: its first cell's text, cut to 160 characters (graphemes kept whole) with "…". */
export function shortLabel(text: string): string {
  return text.length > MAX_LABEL ? `${truncateToGraphemes(text, MAX_LABEL - 1).trimEnd()}…` : text;
}

/** Applies the "only reported by" / "reported by all" filters and the chosen sort. */
export function filterAndSort(lines: MatrixLine[], shown: string[], filter: MatrixFilter): MatrixLine[] {
  let result = lines;
  if (filter.only) result = result.filter((l) => l.reportedBy.length === 1 && l.reportedBy[0] === filter.only);
  if (filter.all) result = result.filter((l) => shown.every((id) => l.reportedBy.includes(id)));
  const sorted = [...result];
  if (filter.sort === "reach") sorted.sort((x, y) => y.reportedBy.length - x.reportedBy.length || x.order - y.order);
  else if (filter.sort === "label") sorted.sort((x, y) => x.label.localeCompare(y.label, "en") || x.order - y.order);
  else sorted.sort((x, y) => x.order - y.order);
  return sorted;
}

/**
 * One line per claim row, labelled with its first cell's whole text (sorted A–Z by it); cut the labels of the lines
 * shown with `shortLabel`. Cutting every row's label (grapheme segmentation) cost ~300 ms a request on a
 * 5,000-row event, for the 100 lines a page shows. A row that states nothing ("***", a bare "1."; claim-rows.ts) has
 * no line: it is no claim, and a line would read "— not reported" for every statement without the separator.
 */
export function claimLines(comparison: Pick<Comparison, "rows">): MatrixLine[] {
  return comparison.rows.filter(isClaimRow).map((row) => ({
    id: row.id,
    label: row.cells[0]?.text ?? "",
    reportedBy: row.reportedBy,
    ...(row.otherLanguageBy ? { otherLanguageBy: row.otherLanguageBy } : {}),
    order: row.index,
  }));
}

export const ENTITY_KIND_ORDER: EntityKind[] = ["person", "organisation", "place", "date", "number", "quote"];

export const ENTITY_KIND_LABELS: Record<EntityKind, string> = {
  person: "People",
  organisation: "Organisations",
  place: "Places",
  date: "Dates",
  number: "Numbers",
  quote: "Quoted phrases",
};

export function entityLines(entities: Entity[], kind: EntityKind): MatrixLine[] {
  return entities
    .filter((entity) => entity.kind === kind)
    .map((entity, order) => ({ id: entity.id, label: entity.text, reportedBy: entity.mentionedBy, order }));
}
