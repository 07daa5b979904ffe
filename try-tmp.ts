import { syntheticStatements } from "./scripts/bench";
import { compare } from "./lib/compare";
const s = syntheticStatements(5, 10000);
for (let k = 0; k < 4; k++) { const t = performance.now(); compare(s); console.log("compare ms", performance.now() - t); }
