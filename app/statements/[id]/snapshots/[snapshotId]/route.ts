import { jsonError } from "@/lib/api/responses";
import { withDatabase } from "@/lib/api/with-database";
import { prisma } from "@/lib/db";
import { getSnapshotFile } from "@/lib/data/snapshots";
import { snapshotDownloadHeaders } from "@/lib/view/snapshot-download";

export const dynamic = "force-dynamic";

interface Context {
  params: Promise<{ id: string; snapshotId: string }>;
}

/** A statement's source snapshot, byte for byte as fetched or uploaded, always as a download (never rendered here). */
export const GET = withDatabase(async (_request: Request, { params }: Context) => {
  const { id, snapshotId } = await params;
  const snapshot = await getSnapshotFile(prisma, Number(id), Number(snapshotId));
  if (!snapshot) return jsonError(404, `Statement ${id} has no snapshot ${snapshotId}`);
  return new Response(new Uint8Array(snapshot.bytes), { headers: snapshotDownloadHeaders(snapshot) });
});
