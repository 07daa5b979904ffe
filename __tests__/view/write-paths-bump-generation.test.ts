/**
 * @jest-environment node
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

// Every write that readers' cached pages must reflect goes through revalidateReadingViews() (app/revalidate-reading-
// views.ts), which starts a new write generation before it revalidates (lib/view/write-generation.ts). A bare
// revalidatePath/revalidateTag elsewhere would revalidate without the generation and reopen the race where a render
// begun before the write is served after it; and every server action file that writes must call the helper.
const ROOT = join(__dirname, "..", "..");
const HELPER = "app/revalidate-reading-views.ts";

function sources(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const file of sources(path)) found.push(file);
    else if (/\.(ts|tsx)$/.test(entry.name)) found.push(path);
  }
  return found;
}

const files = [...sources("app"), ...sources("lib"), ...sources("components"), "proxy.ts", "instrumentation.ts"];

describe("write paths start a new write generation", () => {
  test("only the helper calls Next's revalidatePath / revalidateTag", () => {
    const offenders = files.filter((file) => file !== HELPER && /\brevalidate(Path|Tag)\s*\(/.test(readFileSync(join(ROOT, file), "utf8")));
    expect(offenders.map((file) => relative(ROOT, join(ROOT, file)))).toEqual([]);
    expect(readFileSync(join(ROOT, HELPER), "utf8")).toMatch(/bumpWriteGeneration\(\);\s*revalidatePath\(/);
  });

  test("every editor server action file calls revalidateReadingViews", () => {
    const actionFiles = files.filter((file) => file.startsWith("app/editor") && readFileSync(join(ROOT, file), "utf8").startsWith('"use server"'));
    expect(actionFiles.sort()).toEqual(["app/editor/actions.ts", "app/editor/correction-actions.ts", "app/editor/source-actions.ts"]);
    for (const file of actionFiles) expect(readFileSync(join(ROOT, file), "utf8")).toMatch(/revalidateReadingViews\(/);
  });

  test("the in-server watch pass bumps the generation after each pass", () => {
    expect(readFileSync(join(ROOT, "instrumentation.ts"), "utf8")).toMatch(/await runWatchPass\(prisma\);\s*(\/\/.*\n\s*)?bumpWriteGeneration\(\);/);
  });
});
