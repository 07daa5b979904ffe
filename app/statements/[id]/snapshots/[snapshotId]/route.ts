import { jsonError } from "@/lib/api/responses";
import { withDatabase } from "@/lib/api/with-database";
import { prisma } from "@/lib/db";
import { getSnapshotFile } from "@/lib/data/snapshots";
import { parseRecordId } from "@/lib/domain/record-id";
import { snapshotDownloadHeaders } from "@/lib/view/snapshot-download";

export const dynamic = "force-dynamic";

interface Context {
  params: Promise<{ id: string; snapshotId: string }>;
}

/** A statement's source snapshot, byte for byte as fetched or uploaded, always as a download (never rendered here). */
export const GET = withDatabase(async (_request: Request, { params }: Context) => {
  const { id, snapshotId } = await params;
  // One address per snapshot (lib/domain/record-id.ts): "08" or "1e0" name none.
  const [statementId, fileId] = [parseRecordId(id), parseRecordId(snapshotId)];
  const snapshot = statementId !== null && fileId !== null ? await getSnapshotFile(prisma, statementId, fileId) : null;
  if (!snapshot) return jsonError(404, `Statement ${id} has no snapshot ${snapshotId}`);
  return new Response(new Uint8Array(snapshot.bytes), { headers: snapshotDownloadHeaders(snapshot) });
});
