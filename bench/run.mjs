// The benchmark: `npm run bench` (builds, then runs this against dist/core.js).
// Each module in ./sections exports `name` and `run(context)`, prints its own tables and returns a JSON-able
// results object; run.mjs finds them itself (pipeline first, then by file name; `--only` takes file names
// without .mjs). All results go to
// bench/results/latest.json. context = { core, seeds, seedsDir, repoRoot, iterations, warmup, require }.
//   node bench/run.mjs [--iterations 5] [--warmup 2] [--only pipeline,other]
//   TUTORIAL_READER_SEEDS=dir   seed feeds (default ../shared/seeds beside the repo)
//   TUTORIAL_READER_CORE=file   core bundle to measure (default dist/core.js)
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createRequire } from 'module';
import { fileURLToPath, pathToFileURL } from 'url';
import { loadSeeds, seedsDirFor } from './lib/seeds.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(benchDir, '..');
const sectionFiles = fs.readdirSync(path.join(benchDir, 'sections')).filter((name) => name.endsWith('.mjs'))
  .sort((a, b) => Number(b === 'pipeline.mjs') - Number(a === 'pipeline.mjs') || a.localeCompare(b));

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1] : fallback;
}

const iterations = Math.max(1, Number(option('iterations', '5')));
const warmup = Math.max(0, Number(option('warmup', '2')));
const only = option('only', '')?.split(',').filter(Boolean);
const corePath = path.resolve(repoRoot, process.env.TUTORIAL_READER_CORE ?? 'dist/core.js');
if (!fs.existsSync(corePath)) {
  console.error(`No core bundle at ${corePath}: run \`npm run build\` first (or \`npm run bench\`).`);
  process.exit(1);
}

const require = createRequire(import.meta.url);
const core = require(corePath);
const seedsDir = seedsDirFor(repoRoot);
const seeds = loadSeeds(seedsDir);
const context = { core, seeds, seedsDir, repoRoot, iterations, warmup, require };

console.log(`Tutorial Reader benchmark: ${seeds.length} seed feeds, ${warmup} warm-up + ${iterations} measured iterations (medians), node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}`);

const results = {
  date: new Date().toISOString(),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  cpu: os.cpus()[0]?.model,
  cpus: os.cpus().length,
  iterations,
  warmup,
  seedsDir,
  core: path.relative(repoRoot, corePath),
  sections: {},
};

let failed = false;
for (const file of sectionFiles) {
  const stem = file.replace(/\.mjs$/, '');
  if (only?.length && !only.includes(stem)) continue;
  console.log(`\n== ${stem} ==`);
  try {
    const section = await import(pathToFileURL(path.join(benchDir, 'sections', file)).href);
    results.sections[section.name ?? stem] = await section.run(context);
  } catch (error) {
    failed = true;
    console.error(`${stem} failed: ${error?.stack ?? error}`);
    results.sections[stem] = { error: String(error?.message ?? error) };
  }
}

const outDir = path.join(repoRoot, 'bench', 'results');
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nResults written to ${path.relative(process.cwd(), path.join(outDir, 'latest.json'))}`);
process.exitCode = failed ? 1 : 0;
