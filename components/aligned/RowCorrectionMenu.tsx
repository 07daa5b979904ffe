"use client";

import { useActionState, useId, useState, type ReactNode } from "react";
import { IDLE, type FormState } from "@/lib/editorial/form-state";
import type { RowMenu } from "@/lib/view/correction-menu";

const BUTTON = "rounded border border-slate-400 bg-white px-2 py-0.5 text-xs font-semibold text-slate-900 hover:bg-slate-100 focus:outline-2 focus:outline-blue-700 disabled:opacity-50";
const FIELD = "mt-0.5 block w-full rounded border border-slate-400 px-1 py-0.5 text-xs";

/** The first sentence of the row numbered `n` on this page (rows carry it as `data-first-ref`), or null. */
function rowRef(n: string): string | null {
  const index = Number(n) - 1;
  if (!Number.isInteger(index) || index < 0) return null;
  return document.getElementById(`r${index}`)?.getAttribute("data-first-ref") ?? null;
}

/** The first sentence of `statement`'s cell in the row numbered `n` (cells carry it as `data-cell-ref`), or null. */
function cellRef(n: string, statement: string): string | null {
  const index = Number(n) - 1;
  if (!Number.isInteger(index) || index < 0) return null;
  return document.getElementById(`r${index}`)?.querySelector(`[data-statement="${CSS.escape(statement)}"]`)?.getAttribute("data-cell-ref") ?? null;
}

function Message({ state }: { state: FormState }) {
  if (state.status === "error") return <p role="alert" className="mt-2 text-xs font-medium text-rose-800">{state.message}</p>;
  if (state.status === "success") return <p role="status" className="mt-2 text-xs text-emerald-800">{state.message}</p>;
  return null;
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="border-t border-slate-200 pt-2">
      <legend className="text-xs font-semibold text-slate-800">{title}</legend>
      {children}
    </fieldset>
  );
}

/**
 * Editors only: a row's corrections (split, move a sentence, join with the next row, not the same claim, said in
 * other words) and "reset to automatic". Rows are named by their number on the page; the menu turns a number into
 * that row's first sentence before the form is sent, and the server checks every sentence against the statement's
 * version and the corrections the page was rendered with.
 */
export function RowCorrectionMenu({ menu }: { menu: RowMenu }) {
  const id = useId();
  const [state, correct, pending] = useActionState(menu.actions.correct, IDLE);
  const [resetState, reset, resetting] = useActionState(menu.actions.reset, IDLE);
  const [moveRow, setMoveRow] = useState("");
  const [gapStatement, setGapStatement] = useState(menu.gaps[0]?.value ?? "");
  const [gapRow, setGapRow] = useState("");
  const moveTarget = moveRow && typeof document !== "undefined" ? rowRef(moveRow) : null;
  const gapSubject = gapRow && gapStatement && typeof document !== "undefined" ? cellRef(gapRow, gapStatement) : null;
  const hidden = (kind: string) => (
    <>
      <input type="hidden" name="eventId" value={menu.eventId} />
      <input type="hidden" name="seen" value={menu.seen} />
      <input type="hidden" name="kind" value={kind} />
    </>
  );

  return (
    <details className="no-print relative mt-1" data-testid="row-correction-menu">
      <summary className="cursor-pointer text-[11px] font-semibold text-blue-800 underline" aria-label={`Correct row ${menu.rowNumber}`}>
        Correct
      </summary>
      <div className="absolute left-0 z-20 mt-1 w-80 space-y-2 rounded border border-slate-300 bg-white p-3 text-left font-sans text-xs font-normal text-slate-900 shadow-lg">
        <p className="font-semibold">Correct row {menu.rowNumber}</p>
        {menu.splitPoints.length > 0 && (
          <Part title="Split the row">
            <form action={correct}>
              {hidden("split")}
              <label htmlFor={`${id}-split`}>Start a new row at</label>
              <select id={`${id}-split`} name="subject" className={FIELD}>
                {menu.splitPoints.map((c) => (
                  <option key={c.value} value={c.value}>{c.label}</option>
                ))}
              </select>
              <button type="submit" className={`${BUTTON} mt-1`} disabled={pending}>Split</button>
            </form>
          </Part>
        )}
        <Part title="Move a sentence to another row">
          <form action={correct}>
            {hidden("move")}
            <label htmlFor={`${id}-move-subject`}>Sentence</label>
            <select id={`${id}-move-subject`} name="subject" className={FIELD}>
              {menu.sentences.map((c) => (
                <option key={c.value} value={c.value}>{c.label}</option>
              ))}
            </select>
            <label htmlFor={`${id}-move-row`} className="mt-1 block">To row number</label>
            <input id={`${id}-move-row`} type="number" min={1} value={moveRow} onChange={(e) => setMoveRow(e.target.value)} className={FIELD} />
            <input type="hidden" name="target" value={moveTarget ?? ""} />
            {moveRow && !moveTarget && <p className="text-rose-800">Row {moveRow} is not on this page.</p>}
            <button type="submit" className={`${BUTTON} mt-1`} disabled={pending || !moveTarget}>Move</button>
          </form>
        </Part>
        {menu.nextRowRef && (
          <Part title="Join with the next row">
            <form action={correct}>
              {hidden("join")}
              <input type="hidden" name="subject" value={menu.firstRef} />
              <input type="hidden" name="target" value={menu.nextRowRef} />
              <button type="submit" className={BUTTON} disabled={pending}>Join rows {menu.rowNumber} and {menu.rowNumber + 1}</button>
            </form>
          </Part>
        )}
        {menu.notSamePairs.length > 0 && (
          <Part title="Not the same claim">
            <form action={correct}>
              {hidden("not_same_claim")}
              <label htmlFor={`${id}-pair`}>Take out of this row</label>
              <select id={`${id}-pair`} name="pair" className={FIELD}>
                {menu.notSamePairs.map((c) => (
                  <option key={c.value} value={c.value}>{c.label}</option>
                ))}
              </select>
              <button type="submit" className={`${BUTTON} mt-1`} disabled={pending}>Mark not the same claim</button>
            </form>
          </Part>
        )}
        {menu.gaps.length > 0 && (
          <Part title="Said in other words">
            <form action={correct}>
              {hidden("said_in_other_words")}
              <input type="hidden" name="target" value={menu.firstRef} />
              <label htmlFor={`${id}-gap`}>Statement</label>
              <select id={`${id}-gap`} value={gapStatement} onChange={(e) => setGapStatement(e.target.value)} className={FIELD}>
                {menu.gaps.map((c) => (
                  <option key={c.value} value={c.value}>{c.label}</option>
                ))}
              </select>
              <label htmlFor={`${id}-gap-row`} className="mt-1 block">says it in its sentence in row number</label>
              <input id={`${id}-gap-row`} type="number" min={1} value={gapRow} onChange={(e) => setGapRow(e.target.value)} className={FIELD} />
              <input type="hidden" name="subject" value={gapSubject ?? ""} />
              {gapRow && !gapSubject && <p className="text-rose-800">That statement has no sentence in row {gapRow} on this page.</p>}
              <button type="submit" className={`${BUTTON} mt-1`} disabled={pending || !gapSubject}>Count as reported</button>
            </form>
          </Part>
        )}
        {menu.reset && (
          <Part title="Undo">
            <form action={reset}>
              <input type="hidden" name="eventId" value={menu.eventId} />
              <input type="hidden" name="seen" value={menu.seen} />
              <input type="hidden" name="corrections" value={menu.reset} />
              <button type="submit" className={BUTTON} disabled={resetting}>Reset to automatic</button>
            </form>
          </Part>
        )}
        <Message state={state} />
        <Message state={resetState} />
      </div>
    </details>
  );
}
