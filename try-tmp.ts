import { syntheticStatements } from "./scripts/bench";
import { diffVersions } from "./lib/compare/versions";
const [o] = syntheticStatements(1, 50000);
let k = 0;
const ed = o.text.replace(/[\p{L}\p{N},]+/gu, (w) => (++k % 20 === 0 ? "zzq" + k : w));
for (let i = 0; i < 3; i++) diffVersions(o.text, ed);
const t = performance.now(); diffVersions(o.text, ed); console.log(performance.now() - t);
