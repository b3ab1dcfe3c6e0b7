// Reads Newman's JSON report of the Portman suite (ADR 23) and prints each failed assertion or
// failed request, then "N passed, N failed": every assertion counts as one test, and a request,
// a script or a run that fails without a failed assertion counts as one failure.
//
//   node summary.mjs <newman.json>
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const { stats, executions = [], failures = [] } = report.run;
let passed = 0;
let failed = 0;
for (const execution of executions) {
  const name = execution.item?.name ?? '(unnamed request)';
  if (execution.requestError) {
    failed++;
    console.log(`not ok - ${name}: request failed: ${execution.requestError.message || execution.requestError.code || JSON.stringify(execution.requestError)}`);
  }
  for (const assertion of execution.assertions ?? []) {
    if (assertion.error) {
      failed++;
      console.log(`not ok - ${name} (${execution.response?.code ?? 'no answer'}): ${assertion.assertion}: ${assertion.error.message}`);
    } else {
      passed++;
    }
  }
}
// A script that threw outside an assertion (failures of requests and assertions are counted above).
for (const failure of failures.filter((f) => f.at !== 'request' && !String(f.at).startsWith('assertion:'))) {
  failed++;
  console.log(`not ok - ${failure.source?.name ?? failure.at}: ${failure.error?.name}: ${failure.error?.message}`);
}
console.log(`requests: ${stats.requests.total}, assertions: ${stats.assertions.total} (${stats.assertions.failed} failed)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
