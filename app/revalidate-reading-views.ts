import { revalidatePath } from "next/cache";
import { bumpWriteGeneration } from "@/lib/view/write-generation";

/**
 * Call right after a write that changes what readers see has committed: starts a new write generation, so proxy.ts
 * sends anonymous readers to fresh cache keys (a render begun before the write can no longer be served after it,
 * lib/view/write-generation.ts), and revalidates every page under `path` (default: the whole app).
 */
export function revalidateReadingViews(path: string = "/", type: "layout" | "page" | undefined = "layout"): void {
  bumpWriteGeneration();
  revalidatePath(path, type);
}
