import { z } from "zod";
import { eventViewSchema, type EventView } from "../view/event-view-state";
import { queryRecord, repeatedMessage } from "../view/query-values";
import { CSV_TABLES, type CsvTable } from "./csv";
import { PAPER_FORMATS } from "./pdf";

/** The CSV tables each view offers, its own first (the default): an export holds the view it was made from. */
export const CSV_TABLES_BY_VIEW: Record<EventView, readonly CsvTable[]> = {
  aligned: ["claims"],
  coverage: ["coverage"],
  quotes: ["quotes"],
  pairwise: ["changes", "edits"],
};

/** `paper` (PDF): A4 or Letter, any case; A4 when absent. Any other value is an error, in every export. */
export const paperSchema = z
  .string()
  .transform((value) => PAPER_FORMATS.find((format) => format.toLowerCase() === value.toLowerCase()) ?? value)
  .pipe(z.enum(PAPER_FORMATS))
  .default("A4");

/** A statement history export's own parameter, beside `from` and `to`: `paper` (lib/export/history.ts). */
export const historyExportRequestSchema = z.object({ paper: paperSchema });

/**
 * The export route's own parameters, beside the page's view state: `view` (the same schema as the page's),
 * `table` (CSV: one of the view's tables) and `paper` (PDF: A4 or Letter, any case). An absent `view` is the
 * aligned view, as on the page (the view state says so); a value that is not a view, or a table the view does not
 * offer, is an error.
 */
export const exportRequestSchema = z
  .object({
    view: eventViewSchema.optional(),
    table: z.enum(CSV_TABLES).optional(),
    paper: paperSchema,
  })
  .superRefine((request, context) => {
    const offered = CSV_TABLES_BY_VIEW[request.view ?? "aligned"];
    if (request.table && !offered.includes(request.table)) {
      context.addIssue({
        code: "custom",
        path: ["table"],
        message: `The ${request.view ?? "aligned"} view exports the CSV table${offered.length > 1 ? "s" : ""} ${offered.join(", ")}, not “${request.table}”`,
      });
    }
  });

export type ExportRequest = Omit<z.infer<typeof exportRequestSchema>, "table"> & { table: CsvTable };

/**
 * Reads `view`, `table` and `paper` from an export URL's query (empty values count as absent). Returns the request,
 * `table` defaulting to the view's own table, or a message naming every bad parameter.
 */
export function parseExportRequest(params: URLSearchParams): { ok: true; request: ExportRequest } | { ok: false; message: string } {
  const repeated = repeatedIn(params, ["view", "table", "paper"]);
  if (repeated) return { ok: false, message: repeated };
  const raw = queryValues(params, ["view", "table", "paper"]);
  const parsed = exportRequestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: issuesMessage(parsed.error.issues, raw) };
  return { ok: true, request: { ...parsed.data, table: parsed.data.table ?? CSV_TABLES_BY_VIEW[parsed.data.view ?? "aligned"][0] } };
}

/**
 * Reads `paper` from a statement history export's query, with historyExportRequestSchema (the same `paper` rule as
 * the event exports). Returns the request or a message naming the bad value and the allowed ones.
 */
export function parseHistoryExportRequest(params: URLSearchParams): { ok: true; request: z.infer<typeof historyExportRequestSchema> } | { ok: false; message: string } {
  const repeated = repeatedIn(params, ["paper"]);
  if (repeated) return { ok: false, message: repeated };
  const raw = queryValues(params, ["paper"]);
  const parsed = historyExportRequestSchema.safeParse(raw);
  return parsed.success ? { ok: true, request: parsed.data } : { ok: false, message: issuesMessage(parsed.error.issues, raw) };
}

/** The message naming each of `names` given more than once (no value wins silently), or null. */
function repeatedIn(params: URLSearchParams, names: string[]): string | null {
  const record = queryRecord(params);
  const messages = names.map((name) => repeatedMessage(name, record[name])).filter((message): message is string => message !== null);
  return messages.length ? messages.join("; ") : null;
}

/** The named parameters that have a value (empty values count as absent). */
function queryValues(params: URLSearchParams, names: string[]): Record<string, string> {
  return Object.fromEntries(names.flatMap((name) => (params.get(name) ? [[name, params.get(name)!]] : [])));
}

const ALLOWED: Record<string, readonly string[]> = { view: eventViewSchema.options, table: CSV_TABLES, paper: PAPER_FORMATS };

/** One message naming every bad parameter, its value and the values allowed. */
function issuesMessage(issues: z.core.$ZodIssue[], raw: Record<string, string>): string {
  return issues
    .map((issue) => {
      const name = String(issue.path[0] ?? "query");
      if (issue.code === "custom") return issue.message;
      return `${name} must be one of ${(ALLOWED[name] ?? []).join(", ")}, not “${raw[name]}”`;
    })
    .join("; ");
}
