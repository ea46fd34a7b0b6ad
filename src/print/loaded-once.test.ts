import { describe, expect, it, vi } from 'vitest';
import { loadedOnce } from './loaded-once.ts';

describe('loadedOnce', () => {
  it('loads once, however often asked, and has the data at once after', async () => {
    const loader = vi.fn(() => Promise.resolve(['land']));
    const data = loadedOnce(loader);
    expect(data.now()).toBeNull();
    const [first, second] = await Promise.all([data.load(), data.load()]);
    expect(first).toEqual(['land']);
    expect(second).toBe(first);
    expect(data.now()).toBe(first);
    expect(loader).toHaveBeenCalledTimes(1);
  });
});
