import * as fs from 'fs';
import * as path from 'path';

// The five real feed snapshots. Same folder and labels as test/support/seeds.ts.

const labels = {
  'freecodecamp.org/news/rss': 'freecodecamp',
  'freecodecamp.org/news/tag/docker': 'docker',
  'forem.com': 'forem',
  'medium.com': 'medium',
  'levelupcoding.com': 'substack',
};

export function seedsDirFor(repoRoot) {
  return process.env.TUTORIAL_READER_SEEDS ?? path.resolve(repoRoot, '..', 'shared', 'seeds');
}

export function loadSeeds(dir) {
  if (!fs.existsSync(dir)) throw new Error(`Seed feeds not found at ${dir} (set TUTORIAL_READER_SEEDS).`);
  return fs.readdirSync(dir).filter((name) => !name.startsWith('.')).sort().map((name) => {
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    const head = text.slice(0, 4000);
    const label = Object.entries(labels).find(([needle]) => head.includes(needle))?.[1] ?? name;
    return { name, label, text };
  });
}
