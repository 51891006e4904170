// The entry the extension host loads (extensionTestsPath): runs every out/test/integration/**/*.test.js with mocha.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** The runner sets this to a file path; the counts written there become its closing `N passed, N failed` line. */
const resultsFileVariable = 'TUTORIAL_READER_RESULTS_FILE';

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.js'))
    .sort()
    .map((name) => path.join(dir, name));
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    timeout: Number(process.env.TUTORIAL_READER_TEST_TIMEOUT_MS ?? 20_000),
    // TUTORIAL_READER_TEST_GREP="refresh" runs only the tests whose full title matches.
    grep: process.env.TUTORIAL_READER_TEST_GREP || undefined,
    color: process.env.TUTORIAL_READER_TEST_COLOR === '1',
  });
  for (const file of testFiles(__dirname)) mocha.addFile(file);
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const resultsFile = process.env[resultsFileVariable];
      if (resultsFile) fs.writeFileSync(resultsFile, JSON.stringify({ passed: runner.stats?.passes ?? 0, failed: failures }));
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}
