import { passageScripts, soleScript } from "../text/language";
import type { ExchangeScope } from "./exchanges";
import type { AlignedRow } from "./types";

/** One set per script, shared: a statement in one script reads as it in every row. */
const ONE_SCRIPT = new Map<string, ReadonlySet<string>>();
const NO_SCRIPT: ReadonlySet<string> = new Set();

/**
 * The scripts a row is written in, for the "other language" rule (exchanges.ts scopeRow, where the rule is argued).
 * A reporter's scripts are its cell's (or restatement's) text's: the one most of its letters are in and any holding a
 * third of them, quotations included (lib/text/language.ts passageScripts: a name or a frame in another script is
 * borrowed), told without counting when every letter is of one script (soleScript, of the cell, or once of the whole
 * statement: `scope.sole`); a reporter with neither a cell nor a restatement (a gold row of scripts/eval.ts) counts
 * with the scripts its statement writes. Read per reporter as they are asked for, and kept: most questions are
 * answered by the first reporter. `reporters`: the input order of each of `row.reportedBy`, in the same order. Throws
 * nothing.
 */
export class RowScripts {
  private readonly read: (ReadonlySet<string> | undefined)[] = [];

  constructor(
    private readonly row: Pick<AlignedRow, "cells" | "reportedBy" | "restatements">,
    private readonly reporters: readonly number[],
    private readonly scope: Pick<ExchangeScope, "sole" | "written">,
  ) {}

  /** Whether a statement writing `written` writes none of the row's scripts (never for a row without letters). */
  writtenByNone(written: ReadonlySet<string>): boolean {
    let letters = false;
    for (let k = 0; k < this.reporters.length; k++) {
      const scripts = (this.read[k] ??= this.of(k));
      if (scripts.size) letters = true;
      for (const script of written) if (scripts.has(script)) return false;
    }
    return letters;
  }

  private of(k: number): ReadonlySet<string> {
    const r = this.reporters[k];
    const sole = this.scope.sole[r];
    if (sole !== undefined) return oneScript(sole);
    const id = this.row.reportedBy[k];
    const text = this.row.cells.find((cell) => cell.statementId === id)?.text ?? this.row.restatements?.find((cell) => cell.statementId === id)?.text;
    if (text === undefined) return this.scope.written[r];
    // Most cells of a statement in two scripts are in one: told without counting letters.
    const one = soleScript(text);
    return one === undefined ? passageScripts(text) : oneScript(one);
  }
}

function oneScript(script: string): ReadonlySet<string> {
  if (!script) return NO_SCRIPT;
  let set = ONE_SCRIPT.get(script);
  if (!set) ONE_SCRIPT.set(script, (set = new Set([script])));
  return set;
}
