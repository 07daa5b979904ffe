import type { FormState } from "@/lib/editorial/form-state";
import type { AnnotationJudgement } from "@/lib/editorial/result";

function Judgement({ title, judgement }: { title: string; judgement: AnnotationJudgement }) {
  return (
    <div>
      <h4 className="font-semibold">{title}</h4>
      <dl className="mt-1 space-y-1 rounded bg-white p-2 text-sm text-slate-900">
        <div>
          <dt className="inline font-semibold">Verdict: </dt>
          <dd className="inline">{judgement.verdict}</dd>
        </div>
        <div>
          <dt className="font-semibold">Note</dt>
          <dd className="whitespace-pre-wrap">{judgement.note}</dd>
        </div>
        <div>
          <dt className="font-semibold">Sources</dt>
          <dd className="break-all">{judgement.sources.join(" ")}</dd>
        </div>
      </dl>
    </div>
  );
}

/** Shown when someone else changed the annotation first: the stored judgement next to the editor's own. */
export function AnnotationConflictPanel({ state }: { state: FormState }) {
  if (state.status !== "error" || !state.annotationConflict) return null;
  const { stored, yours, baseVersion } = state.annotationConflict;
  return (
    <section data-testid="annotation-conflict" className="space-y-2 rounded-lg border border-amber-400 bg-amber-50 p-3 text-amber-950">
      <h3 className="font-serif text-base font-semibold">
        Edit conflict: version {stored.version} was saved{stored.editedByName ? ` by ${stored.editedByName}` : ""} while you edited version {baseVersion}
      </h3>
      <p className="text-sm">
        Nothing was overwritten. Your judgement is kept in the form below, which now builds on version {stored.version}: merge what you need and
        save again, or leave it to keep the stored one.
      </p>
      <div className="grid gap-2 sm:grid-cols-2">
        <Judgement title={`Stored now (version ${stored.version})`} judgement={stored} />
        <Judgement title="Yours" judgement={yours} />
      </div>
    </section>
  );
}
