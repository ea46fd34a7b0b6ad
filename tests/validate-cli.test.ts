import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const TSX = 'node_modules/.bin/tsx';

async function validate(folder: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, ['scripts/validate.ts', folder]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run validate', () => {
  it('passes the project story in geo/', async () => {
    const { code, stdout } = await validate('geo');
    expect(code).toBe(0);
    expect(stdout).toMatch(/geo\/: valid: \d+ features in 5 layers/);
  });

  it('lists every problem of a broken story folder with file and feature, and exits 1', async () => {
    const { code, stderr } = await validate('tests/fixtures/broken-story');
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    const expected = [
      /broken-story\/attacks\.geojson, feature "paris": geometry\.coordinates: latitude 144\.9631 is outside -90\.\.90 \(are longitude and latitude swapped/,
      /broken-story\/attacks\.geojson, feature "paris": id: "paris" is used twice/,
      /broken-story\/attacks\.geojson, feature "paris": properties\.passage\[0\]: not found word for word in the article: "The attack in Paris killed everyone\."/,
      /broken-story\/strongholds\.geojson: crs: RFC 7946 removed/,
      /broken-story\/networks\.geojson, feature "area": .*the polygon ring is not closed/,
      /broken-story\/flows\.geojson, feature "one-point": geometry\.coordinates: a line needs at least two different positions/,
      /broken-story\/context\.geojson: the file is not valid JSON/,
      /broken-story\/article\.json: paragraph 2 \(p2\) is not the passage of any feature/,
      /broken-story\/: \d+ problems/,
    ];
    for (const pattern of expected) expect(lines.some((line) => pattern.test(line)), String(pattern)).toBe(true);
  });

  it('says so when the folder does not exist', async () => {
    const { code, stderr } = await validate('tests/fixtures/no-such-story');
    expect(code).toBe(1);
    expect(stderr).toMatch(/no-such-story: cannot read the folder/);
  });
});
