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

  it('lists every problem of a hostile story, quoting its markup as text, and never crashes', async () => {
    const { code, stdout, stderr } = await validate('tests/fixtures/hostile-story');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+|TypeError|RangeError|SyntaxError:/);
    const lines = stderr.trim().split('\n');
    const file = (name: string, feature?: string) => `hostile-story/${name.replace('.', '\\.')}${feature ? `, feature "${feature}"` : ''}: `;
    const expected = [
      file('attacks.geojson', 'markup-name') + 'properties\\.name: must be plain text, but holds markup or a script address: "<img src=x onerror=',
      file('attacks.geojson', 'markup-name') + 'properties\\.note: must be plain text.*"<script>window\\.__pwned=2</script>"',
      file('attacks.geojson', 'script-address') + 'properties\\.source: must be plain text.*"javascript:alert\\(document\\.cookie\\)"',
      file('attacks.geojson', 'handler-note') + 'properties\\.note: must be plain text.*"<svg onload=alert\\(1\\)>"',
      file('attacks.geojson', 'huge-name') + 'properties\\.name: must be at most 120 characters long \\(it is 1048576\\)',
      file('attacks.geojson', 'out-of-range') + 'geometry\\.coordinates: longitude 200 is outside -180\\.\\.180',
      file('attacks.geojson', 'out-of-range') + 'geometry\\.coordinates: latitude 95 is outside -90\\.\\.90',
      file('attacks.geojson', 'misquote') + 'properties\\.passage\\[0\\]: not found word for word in the article',
      file('attacks.geojson', 'markup-name') + 'id: "markup-name" is used twice',
      file('strongholds.geojson', 'infinite') + 'properties\\.state: must be plain text.*"<iframe',
      file('strongholds.geojson', 'infinite') + 'geometry\\.coordinates: \\[Infinity, 35\\.95\\] is not a pair of finite numbers',
      file('networks.geojson', 'open-ring') + 'geometry\\.coordinates\\[0\\]: the polygon ring is not closed',
      file('flows.geojson', 'one-point') + 'geometry\\.coordinates: a line needs at least two different positions',
      file('context.geojson') + 'the file is not valid JSON',
      file('tour.json') + 'the file is not valid JSON: NaN on line 6 is not a JSON number',
    ].map((pattern) => new RegExp(pattern));
    for (const pattern of expected) expect(lines.some((line) => pattern.test(line)), String(pattern)).toBe(true);
    // The 1 MB name is reported by its length, not printed.
    expect(stderr.length).toBeLessThan(10_000);
  });

  it('says so when the folder does not exist', async () => {
    const { code, stderr } = await validate('tests/fixtures/no-such-story');
    expect(code).toBe(1);
    expect(stderr).toMatch(/no-such-story: cannot read the folder/);
  });
});
