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
main();
