import { passageScripts, soleScript } from "../text/language";
import type { ExchangeScope } from "./exchanges";
import { outsideFrames } from "./relay-speech";
import type { AlignedRow } from "./types";

/** One set per script, shared: a statement in one script reads as it in every row. */
const ONE_SCRIPT = new Map<string, ReadonlySet<string>>();
const NO_SCRIPT: ReadonlySet<string> = new Set();

/**
 * The scripts a row is written in, for the "other language" rule (exchanges.ts scopeRow, where the rule is argued).
 * A reporter's scripts are its cell's (or restatement's) text's: the one most of its letters are in and any holding a
 * third of them, quotations included (lib/text/language.ts passageScripts: a name or a frame in another script is
 * borrowed), told without counting when every letter is of one script (soleScript, of the cell, or once of the whole
 * statement: `scope.sole`); a relay's cell is read without the frames of the speech it quotes (`scope.relayFrames`,
 * relay-speech.ts: the frame says who spoke, and its script is not the cell's, whatever its length; tester 82 F6), and
 * as its statement writes when it is all frame; a reporter with neither a cell nor a restatement (a gold row of
 * scripts/eval.ts) counts with the scripts its statement writes. Read per reporter as they are asked for, and kept:
 * most questions are answered by the first reporter. `reporters`: the input order of each of `row.reportedBy`, in the
 * same order. Throws nothing.
 */
export class RowScripts {
  private readonly read: (ReadonlySet<string> | undefined)[] = [];

  constructor(
    private readonly row: Pick<AlignedRow, "cells" | "reportedBy" | "restatements">,
    private readonly reporters: readonly number[],
    private readonly scope: Pick<ExchangeScope, "sole" | "written" | "relayFrames">,
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
    const cell = this.row.cells.find((each) => each.statementId === id) ?? this.row.restatements?.find((each) => each.statementId === id);
    if (cell === undefined) return this.scope.written[r];
    // A relay's cell says what it quotes, not the frame around it (relay-speech.ts): a cell that is all frame says
    // nothing of its own, and reads as the relay writes.
    const text = outsideFrames(cell.text, cell.spans, this.scope.relayFrames[r]);
    // Most cells of a statement in two scripts are in one: told without counting letters.
    const one = soleScript(text);
    if (one === "" && text !== cell.text) return this.scope.written[r];
    return one === undefined ? passageScripts(text) : oneScript(one);
  }
}

function oneScript(script: string): ReadonlySet<string> {
  if (!script) return NO_SCRIPT;
  let set = ONE_SCRIPT.get(script);
  if (!set) ONE_SCRIPT.set(script, (set = new Set([script])));
  return set;
}
