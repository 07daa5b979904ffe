import type { Metadata } from "next";
import { BackLink } from "@/components/BackLink";
import { PairPicker } from "@/components/PairPicker";
import { notFound } from "next/navigation";
import { DatabaseProblem } from "@/components/DatabaseProblem";
import { VersionDiffView } from "@/components/versions/VersionDiffView";
import { prisma } from "@/lib/db";
import { databaseStatus } from "@/lib/data/database-status";
import { listVersions } from "@/lib/data/revisions";
import { versionAuthorship } from "@/lib/view/version-authorship";
import { getStatement } from "@/lib/data/statements";
import { parseStatementId } from "@/lib/domain/record-id";
import { EditSummary } from "@/components/versions/EditSummary";
import { EXPORT_FORMATS } from "@/lib/export/render";
import { historyView } from "@/lib/view/history";
import { parseHistoryQuery } from "@/lib/view/history-query";
import { showsTypography } from "@/lib/view/version-diff";

export const metadata: Metadata = { title: "Revision history" };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ from?: string; to?: string; typography?: string }>;
}

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Like NewsDiffs: every version of the text, and the word diff between any two. */
export default async function HistoryPage({ params, searchParams }: Props) {
  const status = await databaseStatus();
  if (!status.ok) return <DatabaseProblem status={status} />;
  const [{ id }, query] = await Promise.all([params, searchParams]);
  // Read as the proxy and the API read it (lib/domain/record-id.ts): "08" or "8.0" is no statement.
  const statementId = parseStatementId(id);
  const statement = statementId === null ? null : await getStatement(prisma, statementId);
  if (!statement) notFound();
  const allVersions = (await listVersions(prisma, statement.id))!;
  // The same schema as the API and the exports; here a bad value is named in a notice and the defaults shown.
  const parsed = parseHistoryQuery(allVersions.map((v) => v.version), query);
  const view = historyView(statement, allVersions, parsed.ok ? parsed.query : {});
  const { versions, from, to, diff } = view;
  // Typographic edits are hidden by default (issue 12); `typography=show` marks them, here and in the exports.
  const showTypographic = parsed.ok ? parsed.query.showTypographic === true : showsTypography(query.typography);
  const pairQuery = `?from=${from.version}&to=${to.version}`;
  const exportQuery = `${pairQuery}${showTypographic ? "&typography=show" : ""}`;
  const typography = { shown: showTypographic, href: `${pairQuery}${showTypographic ? "" : "&typography=show"}` };
  // Each version's own date and author (the current one too), from the edit that made it.
  const authorship = versionAuthorship(versions);

  return (
    <div className="max-w-5xl space-y-6">
      <BackLink href={`/statements/${statement.id}`} label={statement.title} />
      <header>
        <h1 className="font-serif text-3xl font-semibold">Revision history</h1>
        <p className="mt-1 text-slate-700">
          {statement.party.name}: “{statement.title}”. {versions.length} version{versions.length === 1 ? "" : "s"}.
        </p>
        {!parsed.ok && (
          <p role="status" className="mt-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="history-query-notice">
            {parsed.message}; showing version {from.version} → version {to.version} with typographic edits {showTypographic ? "shown" : "hidden"} instead.
          </p>
        )}
        {diff && (
          <div className="mt-3 rounded-lg border border-slate-200 bg-slate-50 p-3">
            <p className="mb-1 text-sm text-slate-700">
              Version {from.version} → version {to.version}:
            </p>
            <EditSummary diff={diff} typography={typography} />
            <p className="no-print mt-2 text-sm text-slate-700">
              Download:{" "}
              {EXPORT_FORMATS.map((format, k) => (
                <span key={format}>
                  {k > 0 && " · "}
                  <a className="underline" href={`/statements/${statement.id}/history/export/${format}${exportQuery}`} data-testid={`history-export-${format}`}>
                    {format.toUpperCase()}
                  </a>
                </span>
              ))}
            </p>
          </div>
        )}
      </header>

      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading" className="text-lg font-semibold">
          Versions
        </h2>
        <ol className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="versions">
          {versions.map((version, i) => {
            const made = authorship[i];
            return (
              <li key={version.version} className="p-3 text-sm" data-testid="version" data-version={version.version}>
                <span className="font-semibold">Version {version.version}</span>
                {version.current && <span className="ml-2 rounded bg-slate-900 px-1.5 py-0.5 text-xs font-semibold text-white">current</span>}
                <span className="ml-2 text-slate-700" data-testid="version-made">
                  · {made.added ? "added" : "saved"} {made.madeAt ? `${dateTime.format(new Date(made.madeAt))} UTC` : "(date not recorded)"}
                  {made.madeBy ? ` by ${made.madeBy}` : made.added ? " from the seed data" : " by an editor no longer registered"}
                  {made.reason ? <>: “{made.reason}”</> : ""}
                </span>
                {!version.current && version.replacedAt && (
                  <span className="ml-2 text-slate-600" data-testid="version-replaced">
                    · replaced {dateTime.format(new Date(version.replacedAt))} UTC
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      </section>

      {versions.length > 1 && (
        <section aria-labelledby="diff-heading" className="space-y-3">
          <h2 id="diff-heading" className="text-lg font-semibold">
            Compare versions
          </h2>
          <PairPicker
            options={versions.map((v) => ({ value: String(v.version), label: `Version ${v.version}` }))}
            a={String(from.version)}
            b={String(to.version)}
            names={{ a: "from", b: "to" }}
            label="Choose two versions"
          />
          <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm" data-testid="revision-diff">
            <p className="mb-2 text-sm text-slate-700">
              Version {from.version} → version {to.version}
            </p>
            {diff ? <VersionDiffView diff={diff} language={statement.language} showSummary={false} showTypographic={showTypographic} /> : <p>Choose two different versions.</p>}
          </div>
        </section>
      )}
    </div>
  );
}
