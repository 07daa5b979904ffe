/**
 * Times `importBundle` (lib/data/import.ts) on DATABASE_URL (SQLite or PostgreSQL), without a server: the sample
 * bundle (docs/samples/sample-bundle.json) twice, then padded with spaces to 5 MB − 1 byte (the safety spec's
 * bundle), then one event of 2,000 statements. Prints wall and CPU ms of each. Writes events "probe-*" and the
 * sample's parties: run it on a scratch database with an editor, e.g.
 *   DATABASE_URL=file:/tmp/probe.db READOUT_EDITOR_EMAIL=p@example.org READOUT_EDITOR_PASSWORD=… tsx scripts/prepare.ts db
 *   DATABASE_URL=file:/tmp/probe.db tsx scripts/bench-import.ts
 */
import fs from "node:fs";
import { createPrismaClient } from "../lib/db";
import { importBundle } from "../lib/data/import";

async function main() {
  const db = createPrismaClient(process.env.DATABASE_URL!);
  const editor = await db.editor.findFirstOrThrow({ select: { id: true, email: true, name: true } });
  const sample = fs.readFileSync("docs/samples/sample-bundle.json", "utf8");
  const bundle = JSON.parse(sample);
  for (let round = 0; round < 3; round++) {
    bundle.events[0].slug = `probe-${Date.now()}-${round}`;
    const text = JSON.stringify(bundle);
    const padded = round === 2 ? text + " ".repeat(5 * 1024 * 1024 - 1 - Buffer.byteLength(text)) : text;
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const result = await importBundle(db, padded, editor);
    const cpu = process.cpuUsage(cpu0);
    console.log(round, result.ok, `${Math.round(performance.now() - t0)} ms wall, ${Math.round((cpu.user + cpu.system) / 1000)} ms cpu`, padded.length);
  }
  // 2,000 statements
  bundle.events[0].slug = `probe-big-${Date.now()}`;
  const base = bundle.events[0].statements[0];
  bundle.events[0].statements = Array.from({ length: 2000 }, (_, i) => ({ ...base, slug: `s${i}`, exchanges: undefined }));
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const result = await importBundle(db, JSON.stringify(bundle), editor);
  const cpu = process.cpuUsage(cpu0);
  console.log("2000", result.ok, result.ok ? "" : JSON.stringify(result).slice(0, 300), `${Math.round(performance.now() - t0)} ms wall, ${Math.round((cpu.user + cpu.system) / 1000)} ms cpu`);
  await db.$disconnect();
}
void main();
