import { createPrismaClient } from "../lib/db";
import { applyBundle } from "../lib/data/apply-bundle";
import { loadSeedBundle } from "../lib/data/seed-bundle";

async function main() {
  const prisma = createPrismaClient();
  try {
    const result = await applyBundle(prisma, loadSeedBundle());
    console.log(`Seeded: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged.`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
