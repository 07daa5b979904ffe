import "@testing-library/jest-dom";

// The DB tests on PostgreSQL (TEST_DATABASE_URL / TEST_DATABASE_PROVIDER, __tests__/helpers/temp-db.ts) copy a
// database and talk to a server for each file: their setup hooks get more than Jest's default 5 s.
// On SQLite the setup hooks migrate and seed a real database file, which passed the 5 s default on a loaded machine
// (load average 20 on 2 cores): 30 s. A timeout is not an assertion; the tests' outcomes are unchanged.
jest.setTimeout(process.env.TEST_DATABASE_URL || process.env.TEST_DATABASE_PROVIDER === "postgresql" ? 60_000 : 30_000);
