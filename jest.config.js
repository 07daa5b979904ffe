const nextJest = require("next/jest");

const createJestConfig = nextJest({ dir: "./" });

/** @type {import('jest').Config} */
const config = {
  testEnvironment: "jsdom",
  setupFilesAfterEnv: ["<rootDir>/jest.setup.ts"],
  // Says which databases the run uses (each database test makes its own temporary SQLite file).
  globalSetup: "<rootDir>/jest.global-setup.ts",
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/$1" },
  testMatch: ["<rootDir>/__tests__/**/*.test.[jt]s?(x)"],
  testPathIgnorePatterns: ["<rootDir>/e2e/", "<rootDir>/.next/", "<rootDir>/node_modules/"],
  modulePathIgnorePatterns: ["<rootDir>/.next/"],
};

// next/jest sets transformIgnorePatterns; extend them so ESM-only packages (stemmer, pdfjs-dist) are compiled for Jest.
module.exports = async () => {
  const resolved = await createJestConfig(config)();
  resolved.transformIgnorePatterns = ["/node_modules/(?!(stemmer|pdfjs-dist)/)", "^.+\\.module\\.(css|sass|scss)$"];
  return resolved;
};
