// Prints the plain `N passed, N failed, N skipped` line that CI reads (Vitest's own summary differs),
// preceded by one line per failed test, so the tail of a CI log names what failed.
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let skipped = 0;
    const failures: string[] = [];
    for (const module of testModules) {
      const file = relative(process.cwd(), module.moduleId);
      for (const test of module.children.allTests()) {
        const result = test.result();
        if (result.state === 'passed') passed++;
        else if (result.state === 'failed') failures.push(`${file} > ${test.fullName}: ${firstLine(result.errors?.[0]?.message)}`);
        else skipped++;
      }
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) failures.push(`${file}: ${firstLine(module.errors()[0]?.message)}`);
    }
    const failedList = failures.map((failure) => `FAILED ${failure}\n`).join('');
    process.stdout.write(`\n${failedList}${passed} passed, ${failures.length} failed, ${skipped} skipped\n`);
  }
}

function firstLine(message: string | undefined): string {
  return (message ?? 'no error message').split('\n')[0]!.slice(0, 300);
}
