import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Prints why each skipped test was skipped (e.g. no Electron binary), which the list reporter omits. */
export default class SkipReasonsReporter implements Reporter {
  private readonly skipped: string[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const reason = test.annotations.find((a) => a.type === 'skip')?.description ?? 'no reason given';
    this.skipped.push(`  skipped: ${test.titlePath().slice(1).join(' › ')} — ${reason}`);
  }

  onEnd(): void {
    if (this.skipped.length > 0) process.stdout.write(`\nSkipped tests and why:\n${this.skipped.join('\n')}\n`);
  }
}
