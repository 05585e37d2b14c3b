// The closing line of `npm test`: how many vitest tests ran, in the plain "N passed, N failed"
// form that CI reads (the pack check's own line comes before it).
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(new URL('../.tmp/vitest.json', import.meta.url), 'utf8'));
const skipped = report.numPendingTests + report.numTodoTests;
console.log(
  `tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed` +
    (skipped > 0 ? `, ${skipped} skipped` : ''),
);
if (report.numTotalTests === 0 || report.numFailedTests > 0) process.exit(1);
