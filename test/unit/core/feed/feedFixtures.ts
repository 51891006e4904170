import * as fs from 'fs';
import * as path from 'path';

/** test/fixtures/feeds in the source tree (tests run from out/test/unit/core/feed). */
export const feedFixturesDir = path.resolve(__dirname, '..', '..', '..', '..', '..', 'test', 'fixtures', 'feeds');

export function readFeedFixture(name: string): string {
  return fs.readFileSync(path.join(feedFixturesDir, name), 'utf8');
}
