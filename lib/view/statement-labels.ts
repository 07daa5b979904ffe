import { statementKindLabel } from "../domain/kinds";

interface Labelled {
  slug: string;
  kind: string;
  title: string;
  party: { slug: string; shortName: string };
}

const MAX_TITLE = 40;

/**
 * A label per statement (by slug) that tells every statement of the event apart: the party's short name, and for a
 * party with several statements "<short name> – <kind>" ("State Dept. – testimony", "State Dept. – remarks"), or
 * "<short name> – <title>" when its statements share a kind too. So no row can read "only X reported this" beside
 * "not reported by X" about two different statements (issue 10).
 */
export function statementLabels(statements: readonly Labelled[]): Map<string, string> {
  const byParty = new Map<string, Labelled[]>();
  for (const statement of statements) byParty.set(statement.party.slug, [...(byParty.get(statement.party.slug) ?? []), statement]);
  const labels = new Map<string, string>();
  for (const siblings of byParty.values()) {
    const kinds = siblings.map((s) => s.kind);
    for (const statement of siblings) {
      const name = statement.party.shortName;
      if (siblings.length === 1) labels.set(statement.slug, name);
      else if (kinds.filter((kind) => kind === statement.kind).length === 1) labels.set(statement.slug, `${name} – ${statementKindLabel(statement.kind).toLowerCase()}`);
      else {
        const title = statement.title.length > MAX_TITLE ? `${statement.title.slice(0, MAX_TITLE - 1).trimEnd()}…` : statement.title;
        labels.set(statement.slug, `${name} – ${title}`);
      }
    }
  }
  // Two statements of one party with the same kind and the same title: number them rather than repeat a label.
  const seen = new Map<string, number>();
  for (const statement of statements) {
    const label = labels.get(statement.slug)!;
    const count = (seen.get(label) ?? 0) + 1;
    seen.set(label, count);
    if (count > 1) labels.set(statement.slug, `${label} (${count})`);
  }
  return labels;
}
