import { databaseStatus } from "../data/database-status";
import { jsonError } from "./responses";

/** Route handlers answer 503 with what to run when the database is missing, instead of a 500. */
export function withDatabase<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    const status = await databaseStatus();
    if (!status.ok) {
      return jsonError(503, `The database is ${status.problem === "missing" ? "missing" : "not migrated"}: run npm run db:migrate && npm run db:seed`);
    }
    return handler(...args);
  };
}
