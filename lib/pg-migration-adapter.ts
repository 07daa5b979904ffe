import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";

/**
 * The PostgreSQL adapter for the Prisma CLI (prisma.config.ts) only; the app uses a stock PrismaPg (lib/db.ts).
 * @prisma/adapter-pg 6.19.3 with the wasm schema engine (`engine: "js"`) needs three fixes, each seen failing
 * (docs/STACK.md, "Prisma 6.19.3 on PostgreSQL"):
 * 1. introspection reads columns of PostgreSQL's `name` and `"char"` types, which the adapter cannot deserialise
 *    ("Column type 'name' could not be deserialized", prisma/orm#27403): they are read as text;
 * 2. `executeScript` splits a migration on every `;` (also inside comments, strings and `$$` bodies) and runs the
 *    pieces outside a transaction: the whole script goes to the server in one query (one implicit transaction);
 * 3. the shadow database pool would reuse the main database's URL: a separate database is created and dropped.
 */
type Result = { fields: { dataTypeID: number }[] };
type Queryable = {
  performIO(query: unknown): Promise<Result | Result[]>;
  executeScript(script: string): Promise<void>;
  underlyingDriver(): { query(sql: string): Promise<unknown> };
  onError(error: unknown): never;
};

/** PostgreSQL type OIDs: name 19, "char" 18, their arrays 1003 and 1002 → text 25, text[] 1009. */
const READ_AS_TEXT = new Map([
  [19, 25],
  [18, 25],
  [1003, 1009],
  [1002, 1009],
]);

function patch<T>(adapter: T): T {
  const a = adapter as unknown as Queryable;
  const performIO = a.performIO.bind(a);
  a.performIO = async (query) => {
    const result = await performIO(query);
    for (const one of [result].flat()) for (const field of one.fields) field.dataTypeID = READ_AS_TEXT.get(field.dataTypeID) ?? field.dataTypeID;
    return result;
  };
  a.executeScript = async (script) => {
    try {
      await a.underlyingDriver().query(script);
    } catch (error) {
      a.onError(error);
    }
  };
  return adapter;
}

/** A PrismaPg factory for `prisma migrate …` on `url` (a postgresql:// URL whose role may CREATE DATABASE). */
export function migrationPg(url: string): PrismaPg {
  const factory = new PrismaPg({ connectionString: url });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => patch(await connect());
  factory.connectToShadowDb = async () => {
    const admin = await connect();
    const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
    await admin.executeScript(`CREATE DATABASE "${name}"`);
    const shadowUrl = new URL(url);
    shadowUrl.pathname = `/${name}`;
    const shadow = patch(await new PrismaPg({ connectionString: shadowUrl.href }).connect());
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.dispose();
    };
    return shadow;
  };
  return factory;
}
