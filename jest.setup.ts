import "@testing-library/jest-dom";

// The DB tests on PostgreSQL (TEST_DATABASE_URL / TEST_DATABASE_PROVIDER, __tests__/helpers/temp-db.ts) copy a
// database and talk to a server for each file: their setup hooks get more than Jest's default 5 s.
if (process.env.TEST_DATABASE_URL || process.env.TEST_DATABASE_PROVIDER === "postgresql") jest.setTimeout(60_000);
