import * as fs from 'fs';
import * as path from 'path';

/** The five real feed snapshots, at ../shared/seeds beside the checkout (TUTORIAL_READER_SEEDS overrides). */
export const seedsDir = process.env.TUTORIAL_READER_SEEDS
  ?? path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'seeds');

export interface SeedFile {
  /** File name in the seeds folder. */
  name: string;
  /** Short readable label: freecodecamp, docker, forem, medium, substack. */
  label: string;
  text: string;
}

const labels: Record<string, string> = {
  'freecodecamp.org/news/rss': 'freecodecamp',
  'freecodecamp.org/news/tag/docker': 'docker',
  'forem.com': 'forem',
  'medium.com': 'medium',
  'levelupcoding.com': 'substack',
};

function labelFor(text: string): string {
  const head = text.slice(0, 4000);
  for (const [needle, label] of Object.entries(labels)) {
    if (head.includes(needle)) return label;
  }
  return 'unknown';
}

export function loadSeeds(): SeedFile[] {
  if (!fs.existsSync(seedsDir)) {
    throw new Error(`Seed feeds not found at ${seedsDir}: ../shared/seeds must sit beside the checkout (or set TUTORIAL_READER_SEEDS).`);
  }
  return fs.readdirSync(seedsDir).filter((n) => !n.startsWith('.')).sort().map((name) => {
    const text = fs.readFileSync(path.join(seedsDir, name), 'utf8');
    return { name, label: labelFor(text), text };
  });
}
