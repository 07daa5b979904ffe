/**
 * The edit-class part of `npm run eval`: scores classifyEdit, through diffVersions, against the labelled edits in
 * eval/edit-classes/cases.json (one intended edit per case, written by the team; `class` is what a fact-checker calls
 * it). A case's predicted class is the most serious class among the engine's edits (fact, then unclassified, then
 * wording, then typographic; "none" when the engine finds no edit). Prints the confusion counts and the two harms the
 * classes exist to avoid: a fact shown as wording, typographic or nothing (hidden), and wording or typography shown as
 * a fact (a false alarm). Unclassified is counted apart: the rules said they cannot tell.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { diffVersions } from "../lib/compare/versions";
import type { EditClass } from "../lib/compare/versions/types";

interface EditCase {
  id: string;
  language: string;
  a: string;
  b: string;
  class: Exclude<EditClass, "unclassified">;
}

type Predicted = EditClass | "none";
const SERIOUSNESS: readonly Predicted[] = ["fact", "unclassified", "wording", "typographic"];

function predictedClass(item: EditCase): Predicted {
  const classes = new Set(diffVersions(item.a, item.b, item.language).edits.map((edit) => edit.class));
  return SERIOUSNESS.find((kind) => classes.has(kind as EditClass)) ?? "none";
}

/** Runs the edit-class eval and prints its lines; `verbose` lists every case the engine got wrong. */
export function evalEditClasses(verbose: boolean): void {
  const file = path.join(__dirname, "..", "eval", "edit-classes", "cases.json");
  const { cases } = JSON.parse(readFileSync(file, "utf8")) as { cases: EditCase[] };
  const counts = { right: 0, cannotTell: 0, hiddenFacts: 0, falseFacts: 0, other: 0 };
  const facts = cases.filter((item) => item.class === "fact").length;
  for (const item of cases) {
    const predicted = predictedClass(item);
    if (predicted === item.class) counts.right++;
    else if (predicted === "unclassified") counts.cannotTell++;
    else if (item.class === "fact") counts.hiddenFacts++;
    else if (predicted === "fact") counts.falseFacts++;
    else counts.other++;
    if (verbose && predicted !== item.class) console.log(`  edit ${item.id} (${item.language}): gold ${item.class}, engine ${predicted}`);
  }
  const share = (n: number, of: number) => `${n}/${of} (${((100 * n) / of).toFixed(0)} %)`;
  console.log(`\nedit classes (eval/edit-classes, ${cases.length} labelled edits, ${facts} facts):`);
  console.log(`  right class ${share(counts.right, cases.length)}; unclassified (cannot tell) ${counts.cannotTell}; other confusions ${counts.other}`);
  console.log(`  facts hidden as wording/typographic/no edit: ${share(counts.hiddenFacts, facts)}; false facts: ${share(counts.falseFacts, cases.length - facts)}`);
}
