import type { DatabaseStatus } from "@/lib/data/database-status";

/** Shown instead of a page when the database is missing or not migrated: says what to run. */
export function DatabaseProblem({ status }: { status: Extract<DatabaseStatus, { ok: false }> }) {
  return (
    <section role="alert" className="mx-auto max-w-2xl rounded-lg border border-amber-300 bg-amber-50 p-6 text-amber-950">
      <h1 className="text-xl font-semibold">
        {status.problem === "missing" ? "The database has not been created yet" : "The database has not been migrated"}
      </h1>
      <p className="mt-2">
        Readout expected its SQLite database at <code className="break-all">{status.file}</code>
        {status.problem === "missing" ? ", but there is no file there." : ", but its tables are missing."}
      </p>
      <p className="mt-2">Stop the server and run:</p>
      <pre className="mt-2 overflow-x-auto rounded bg-amber-100 p-3 text-sm">npm run db:migrate && npm run db:seed</pre>
      <p className="mt-2 text-sm">
        (Or simply <code>npm start</code>, which prepares the database before serving.)
      </p>
    </section>
  );
}
