/**
 * Prints one closing line, `vitest: N passed, N failed, N skipped`, that CI can read whatever runner it
 * knows. The default reporter still prints everything else. Under CI (`CI=true`) a run in which no
 * browser test passed fails: the browser tests are required, never silently skipped.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    let browserPassed = 0;
    for (const testModule of testModules) {
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed' && testModule.project.name === 'browser') browserPassed += 1;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') counts.failed += 1;
        else counts.skipped += 1;
      }
      if (testModule.state() === 'failed' && !testModule.children.size) counts.failed += 1;
    }
    counts.failed += unhandledErrors.length;
    if (process.env.CI && browserPassed === 0) {
      console.error('\nCI: no browser test passed; the browser tests must run (is Chromium there?)');
      counts.failed += 1;
      process.exitCode = 1;
    }
    console.log(`\nvitest: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}
