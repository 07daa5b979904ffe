import { defineConfig } from "prisma/config";
import { sqliteAdapter } from "./lib/sqlite-adapter";
import { databaseUrl } from "./lib/db-url";

process.env.CHECKPOINT_DISABLE ??= "1"; // no update-check lookups (offline machine)

export default defineConfig({
  experimental: { adapter: true },
  engine: "js", // the WebAssembly schema engine bundled in the prisma package: no download
  async adapter() {
    const factory = sqliteAdapter(databaseUrl()); // WAL + busy timeout, as the app: migrations beside a running server
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
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
});
