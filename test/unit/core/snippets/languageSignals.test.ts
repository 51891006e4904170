import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { languageFromSignals, languageSignalScores, signals } from '../../../../src/core/snippets/languageSignals';

describe('language signals', () => {
  test('no pattern backtracks: each stays linear on long adversarial lines (under 5 ms of CPU per line)', () => {
    const lines: string[] = [];
    for (const unit of ['a', 'a-', 'a.', 'a ', 'a:', 'a,', '$a', 'a(', 'a<', '<a ', 'a=', 'a_b ', '# ', '// ', 'a, ']) {
      const run = unit.repeat(2000);
      lines.push(run, `${run}!`, ` ${run}{ x`, `${run}:=`, `${run};`);
    }
    for (const [language, pattern] of signals) {
      for (const line of lines) {
        const start = process.cpuUsage();
        pattern.test(line);
        const used = process.cpuUsage(start);
        assert.ok((used.user + used.system) / 1000 < 5, `${language} ${pattern.source.slice(0, 60)} on ${JSON.stringify(line.slice(0, 12))}…`);
      }
    }
  });

  test('syntax only one language writes settles the block; look-alikes do not', () => {
    const decided = (code: string) => languageFromSignals(languageSignalScores(code));
    assert.equal(decided('var response = await client.GetAsync(url);\nConsole.WriteLine(response.StatusCode);'), 'csharp');
    assert.equal(decided('if err != nil {\n\treturn fmt.Errorf("open: %w", err)\n}'), 'go');
    assert.equal(decided('let mut total = 0;\nprintln!("{}", total);'), 'rust');
    assert.equal(decided('const app = require("express");\nconsole.log("ready");'), 'javascript');
    assert.equal(decided('x = 1'), undefined, 'too little to go on');
  });
});
