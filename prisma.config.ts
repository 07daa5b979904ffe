import { defineConfig } from "prisma/config";
import { sqliteAdapter } from "./lib/sqlite-adapter";
import { databaseUrl, isPostgresUrl } from "./lib/db-url";
import { migrationPg } from "./lib/pg-migration-adapter";

process.env.CHECKPOINT_DISABLE ??= "1"; // no update-check lookups (offline machine)

// DATABASE_URL chooses the provider (lib/db-url.ts): a postgresql:// URL takes the generated PostgreSQL schema and
// its own migrations (scripts/postgresql-schema.ts); anything else is the embedded SQLite file.
const url = databaseUrl();
const postgresql = isPostgresUrl(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js", // the WebAssembly schema engine bundled in the prisma package: no download
  async adapter() {
    if (postgresql) return migrationPg(url);
    const factory = sqliteAdapter(url); // WAL + busy timeout, as the app: migrations beside a running server
    // The wasm engine replays migrations on the shadow DB through executeRaw, one statement at a time;
    // multi-statement scripts must go to executeScript or `migrate dev` fails with P3006.
    const connectShadow = factory.connectToShadowDb.bind(factory);
    factory.connectToShadowDb = async () => {
      const shadow = await connectShadow();
      const executeRaw = shadow.executeRaw.bind(shadow);
      shadow.executeRaw = async (q) => (q.args.length ? executeRaw(q) : (await shadow.executeScript(q.sql), 0));
      return shadow;
    };
    return factory;
  },
  schema: postgresql ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  migrations: {
    path: postgresql ? "prisma/postgresql/migrations" : "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
});
