"use client";

import { useActionState } from "react";
import { createStatementAction, updateStatementAction } from "@/app/editor/actions";
import { WordDiff } from "@/components/WordDiff";
import { SOURCE_ROLES, SOURCE_ROLE_LABELS, STATEMENT_KINDS, STATEMENT_KIND_LABELS } from "@/lib/domain/kinds";
import { IDLE, type FormState } from "@/lib/editorial/form-state";
import { Field, fieldError, FormMessage, inputClass, SubmitButton, valueOf } from "./fields";
import { guardFileSize } from "./file-size-guard";

export interface StatementFormValues {
  id: number;
  version: number;
  slug: string;
  partyId: number;
  title: string;
  kind: string;
  sourceName: string;
  sourceUrl: string | null;
  publishedOn: string | null;
  language: string;
  speaker: string | null;
  provenanceNote: string;
  body: string;
  sourceRole: string;
  /** Ids of the exchanges it reports. */
  exchangeIds: number[];
}

interface StatementFormProps {
  parties: { id: number; name: string }[];
  /** Create mode: the event the statement is added to. */
  eventId?: number;
  /** Edit mode: the stored statement. */
  statement?: StatementFormValues;
  /** The event's exchanges, to say which ones the statement reports. */
  exchanges?: { id: number; title: string }[];
  /** Create mode after an import (URL, PDF, .docx): the extracted fields, and the pending snapshot to keep. */
  prefill?: Record<string, string>;
}

/** Shown when someone else saved first: the stored text, the editor's text and the diff between them. */
function ConflictPanel({ state }: { state: FormState }) {
  if (state.status !== "error" || !state.conflict) return null;
  const { stored, yours, baseVersion, parts } = state.conflict;
  return (
    <section aria-labelledby="conflict-heading" data-testid="conflict" className="space-y-3 rounded-lg border border-amber-400 bg-amber-50 p-4 text-amber-950">
      <h2 id="conflict-heading" className="font-serif text-xl font-semibold">
        Edit conflict: version {stored.version} was saved while you edited version {baseVersion}
      </h2>
      <p className="text-sm">
        Nothing was overwritten. Your text is kept in the form below, which now builds on version {stored.version}: merge what you need and
        save again, or leave the page to keep the stored text.
      </p>
      <div className="grid gap-3 lg:grid-cols-2">
        <div>
          <h3 className="font-semibold">Stored now (version {stored.version})</h3>
          <pre className="mt-1 max-h-64 overflow-auto whitespace-pre-wrap rounded bg-white p-2 font-serif text-sm text-slate-900">{stored.body}</pre>
        </div>
        <div>
          <h3 className="font-semibold">Yours</h3>
          <pre className="mt-1 max-h-64 overflow-auto whitespace-pre-wrap rounded bg-white p-2 font-serif text-sm text-slate-900">{yours.body}</pre>
        </div>
      </div>
      <div>
        <h3 className="font-semibold">From the stored text to yours</h3>
        <p className="mt-1 max-h-64 overflow-auto whitespace-pre-wrap rounded bg-white p-2 font-serif text-sm text-slate-900" data-testid="conflict-diff">
          {parts ? <WordDiff parts={parts} /> : "The texts are too different to show a word diff."}
        </p>
      </div>
    </section>
  );
}

export function StatementForm({ parties, eventId, statement, exchanges = [], prefill }: StatementFormProps) {
  const editing = Boolean(statement);
  // Create mode: an import's values; edit mode: the stored ones.
  const initial = statement ?? prefill;
  const [state, action] = useActionState(editing ? updateStatementAction : createStatementAction, IDLE);
  const fileError = fieldError(state, "file");
  return (
    <form action={action} className="space-y-4" aria-label={editing ? "Edit statement" : "Add a statement"}>
      <FormMessage state={state} />
      <ConflictPanel state={state} />
      <input type="hidden" name="mode" value={editing ? "edit" : "create"} />
      {statement && <input type="hidden" name="id" value={statement.id} />}
      {statement && <input key={valueOf(state, "version", String(statement.version))} type="hidden" name="version" value={valueOf(state, "version", String(statement.version))} />}
      {eventId !== undefined && <input type="hidden" name="eventId" value={eventId} />}
      {prefill?.snapshotId && <input type="hidden" name="snapshotId" value={prefill.snapshotId} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field state={state} name="partyId" label="Party" required choose="Choose a party…" options={parties.map((p) => [String(p.id), p.name] as const)} defaultValue={statement ? String(statement.partyId) : undefined} />
        <Field state={state} name="kind" label="Kind" required choose="Choose a kind…" options={STATEMENT_KINDS.map((k) => [k, STATEMENT_KIND_LABELS[k]] as const)} defaultValue={initial?.kind} />
        <Field state={state} name="title" label="Title" required maxLength={300} defaultValue={initial?.title} />
        <Field state={state} name="slug" label="Slug" required hint="Unique within the event, e.g. am-pmo-readout" defaultValue={initial?.slug} />
        <Field state={state} name="sourceName" label="Source" required hint="Who published it, where" defaultValue={initial?.sourceName} />
        <Field state={state} name="sourceUrl" label="Link to the source" type="url" hint="http(s) only; may be empty" defaultValue={initial?.sourceUrl} />
        <Field state={state} name="publishedOn" label="Published on" type="date" defaultValue={initial?.publishedOn} />
        <Field state={state} name="language" label="Language" hint="BCP 47 tag: en, hy, az, ru…" defaultValue={initial?.language ?? "en"} />
        <Field state={state} name="speaker" label="Speaker" hint="May be empty" defaultValue={initial?.speaker} />
        <Field
          state={state}
          name="sourceRole"
          label="Source role"
          hint="Primary: the party's own account. Secondary: a retelling (a news report), shown as a reference."
          options={[["", "From the kind (news report: secondary)"] as const, ...SOURCE_ROLES.map((r) => [r, SOURCE_ROLE_LABELS[r]] as const)]}
          defaultValue={statement?.sourceRole ?? ""}
        />
      </div>
      {exchanges.length > 1 && (
        <fieldset>
          <legend className="text-sm font-semibold text-slate-800">Exchanges it reports</legend>
          <p className="text-xs text-slate-600">None ticked: every exchange of the event. Omissions are only judged among statements of one exchange.</p>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {exchanges.map((exchange) => (
              <label key={exchange.id} className="inline-flex items-center gap-1.5 text-sm">
                <input
                  type="checkbox"
                  name="exchangeIds"
                  value={exchange.id}
                  defaultChecked={statement?.exchangeIds.includes(exchange.id)}
                  className="h-4 w-4 accent-slate-800"
                />
                {exchange.title}
              </label>
            ))}
          </div>
          {fieldError(state, "exchangeIds") && <p className="text-sm text-rose-800">{fieldError(state, "exchangeIds")}</p>}
        </fieldset>
      )}
      <Field state={state} name="provenanceNote" label="Provenance note" hint="How this text was obtained" multiline rows={2} defaultValue={initial?.provenanceNote} />
      <Field
        state={state}
        name="body"
        label="Text"
        hint={editing ? "Paragraphs separated by line breaks. At most 1 MB." : "Paste the text here, or upload a file below. At most 1 MB of text."}
        multiline
        rows={12}
        defaultValue={initial?.body}
      />
      <div>
        <label htmlFor="field-file" className="block text-sm font-semibold text-slate-800">
          {editing ? "…or replace the text with a file" : "…or upload the text"} (.txt, .md or .html, at most 5 MB)
        </label>
        <input
          id="field-file"
          name="file"
          type="file"
          onChange={guardFileSize}
          accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html"
          aria-invalid={fileError ? true : undefined}
          className={inputClass}
        />
        <p className="text-xs text-slate-600">HTML is turned into plain text: scripts, styles and event handlers are dropped, paragraphs kept.</p>
      </div>
      {!editing && (
        <div className="flex items-start gap-2">
          <input
            id="field-watch"
            name="watch"
            type="checkbox"
            // After a refused save the box shows what the editor sent (an unticked box sends nothing).
            key={state.status === "error" ? `sent-${state.values.watch ?? ""}` : "initial"}
            defaultChecked={state.status === "error" ? state.values.watch === "on" : Boolean(prefill?.sourceUrl)}
            className="mt-1"
            aria-describedby="field-watch-hint"
          />
          <div>
            <label htmlFor="field-watch" className="text-sm font-semibold text-slate-800">
              Watch the source for edits
            </label>
            <p id="field-watch-hint" className="text-xs text-slate-600">
              Needs the link to the source. <code>npm run watch</code> re-fetches it and keeps any edit made at source as a new revision.
            </p>
            {fieldError(state, "watch") && <p className="mt-1 text-sm font-medium text-rose-800">{fieldError(state, "watch")}</p>}
          </div>
        </div>
      )}
      {editing && (
        <Field
          state={state}
          name="reason"
          label="Reason for the change"
          hint="Required when the text changes; shown in the revision history (e.g. “fixed a typo”)."
          maxLength={500}
        />
      )}
      <SubmitButton>{editing ? "Save changes" : "Add statement"}</SubmitButton>
    </form>
  );
}
