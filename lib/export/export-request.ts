import { z } from "zod";
import { eventViewSchema, type EventView } from "../view/event-view-state";
import { CSV_TABLES, type CsvTable } from "./csv";
import { PAPER_FORMATS } from "./pdf";

/** The CSV tables each view offers, its own first (the default): an export holds the view it was made from. */
export const CSV_TABLES_BY_VIEW: Record<EventView, readonly CsvTable[]> = {
  aligned: ["claims"],
  coverage: ["coverage"],
  quotes: ["quotes"],
  pairwise: ["changes", "edits"],
};

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
    paper: z
      .string()
      .transform((value) => PAPER_FORMATS.find((format) => format.toLowerCase() === value.toLowerCase()) ?? value)
      .pipe(z.enum(PAPER_FORMATS))
      .default("A4"),
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
  const raw = Object.fromEntries(["view", "table", "paper"].flatMap((name) => (params.get(name) ? [[name, params.get(name)]] : [])));
  const parsed = exportRequestSchema.safeParse(raw);
  if (!parsed.success) {
    const message = parsed.error.issues
      .map((issue) => {
        const name = String(issue.path[0] ?? "query");
        if (issue.code === "custom") return issue.message;
        return `${name} must be one of ${(name === "view" ? eventViewSchema.options : name === "table" ? CSV_TABLES : PAPER_FORMATS).join(", ")}, not “${raw[name]}”`;
      })
      .join("; ");
    return { ok: false, message };
  }
  return { ok: true, request: { ...parsed.data, table: parsed.data.table ?? CSV_TABLES_BY_VIEW[parsed.data.view ?? "aligned"][0] } };
}
