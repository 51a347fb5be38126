/**
 * The e2e suites' runner: tests run in order with a per-test timeout, a watchdog bounds the whole
 * suite, the browser session always closes, and the suite ends with the plain closing line CI
 * reads (`<label>: N passed, M failed`; research/e2e.md pitfall 17). Exit code 1 on any failure.
 */

/** A suite: `test(name, fn)` registers, `run(...)` executes. */
export function createSuite(label, { testTimeoutMs, suiteTimeoutMs }) {
  const tests = [];
  /** `timeoutMs`: this test's own bound, for the few that walk many pages (default testTimeoutMs). */
  const test = (name, fn, { timeoutMs = testTimeoutMs } = {}) => tests.push({ name, fn, timeoutMs });

  /**
   * `setup()` returns the session (with `close()`) or throws: a failed setup fails every test.
   * `after()` prints suite-specific summaries once the tests ran.
   */
  async function run({ setup, after }) {
    const started = Date.now();
    let passed = 0;
    let failed = 0;
    let session;
    const secs = (t0) => ((Date.now() - t0) / 1000).toFixed(1);
    const watchdog = setTimeout(() => {
      console.error(`${label}: suite exceeded ${suiteTimeoutMs / 1000} s, aborting`);
      session?.close().finally(() => {
        console.log(`${label}: ${passed} passed, ${tests.length - passed} failed`);
        process.exit(1);
      });
    }, suiteTimeoutMs);
    try {
      try {
        session = await setup(started);
      } catch (err) {
        console.log(`FAIL setup: ${err.message}`);
        failed = tests.length;
        return;
      }
      for (const [i, t] of tests.entries()) {
        const t0 = Date.now();
        let timer;
        try {
          await Promise.race([
            t.fn(),
            new Promise((_, reject) => {
              timer = setTimeout(() => reject(new Error(`timed out after ${t.timeoutMs / 1000} s`)), t.timeoutMs);
            }),
          ]);
          passed += 1;
          console.log(`ok   ${i + 1} - ${t.name} (${secs(t0)} s)`);
        } catch (err) {
          failed += 1;
          console.log(`FAIL ${i + 1} - ${t.name} (${secs(t0)} s)`);
          console.log(`     ${String(err?.message ?? err).split('\n').join('\n     ')}`);
        } finally {
          clearTimeout(timer);
        }
      }
      after?.();
    } finally {
      clearTimeout(watchdog);
      await session?.close().catch((err) => console.error(`closing browser: ${err.message}`));
      console.log(`took ${secs(started)} s`);
      console.log(`${label}: ${passed} passed, ${failed} failed`);
      if (failed > 0) process.exitCode = 1;
    }
  }

  return { test, run };
}
