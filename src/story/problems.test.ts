import { describe, expect, it } from 'vitest';
import { problemField } from './problems.ts';

const at = (message: string) => problemField({ file: 'attacks.geojson', message });

describe('problemField', () => {
  it('reads the field a schema message opens with', () => {
    expect(at('properties.source: Invalid key: Expected "source" but received undefined')).toEqual({
      field: 'properties.source',
      detail: 'Invalid key: Expected "source" but received undefined',
    });
  });

  it('reads indices and a tour stop named by its title, colon and all', () => {
    expect(at('geometry.coordinates[1]: latitude 95 is outside -90..90')).toEqual({ field: 'geometry.coordinates[1]', detail: 'latitude 95 is outside -90..90' });
    expect(at('stops[2] ("Paris: the night").camera.bbox (west, south): longitude 200 is outside -180..180')).toEqual({
      field: 'stops[2] ("Paris: the night").camera.bbox (west, south)',
      detail: 'longitude 200 is outside -180..180',
    });
  });

  it('finds no field in a message about the whole file or a paragraph', () => {
    expect(at('the file is missing')).toEqual({ field: undefined, detail: 'the file is missing' });
    expect(at('paragraph 7 (p7) is not the passage of any feature: quote at least one of its sentences').field).toBeUndefined();
    expect(at('Invalid type: Expected Object but received null').field).toBeUndefined();
  });

  it('takes a field the problem carries, and the message without it', () => {
    expect(problemField({ file: 'a', field: 'id', message: 'id: "x" is used twice' })).toEqual({ field: 'id', detail: '"x" is used twice' });
  });
});
