import fs from "node:fs";
import path from "node:path";
import { bundleSchema, type Bundle } from "../domain/bundle-schema";
import { projectRoot } from "../db-url";

export const SEED_FILE = path.join("prisma", "seed-data", "blinken-calls.json");

/** Reads and validates the seed bundle; throws with every problem listed when it is invalid. */
export function loadSeedBundle(file: string = path.join(projectRoot(), SEED_FILE)): Bundle {
  const raw: unknown = JSON.parse(fs.readFileSync(file, "utf8"));
  const parsed = bundleSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Seed file ${file} is invalid:\n${problems}`);
  }
  return parsed.data;
}
