import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  // Config files and CI scripts are CommonJS on purpose.
  { files: ["*.js", ".ci/*.js"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  { ignores: [".next/**", "generated/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
