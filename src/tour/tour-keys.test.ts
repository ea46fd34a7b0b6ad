import { describe, expect, it } from 'vitest';
import { targetStop, tourCommand } from './tour-keys.ts';

describe('tourCommand', () => {
  it('moves on with the keys of slide software and clickers', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']) expect(tourCommand(key, '')).toEqual({ type: 'next' });
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']) expect(tourCommand(key, '')).toEqual({ type: 'previous' });
  });

  it('goes to the first and last stops, and to a typed number on Enter', () => {
    expect(tourCommand('Home', '')).toEqual({ type: 'first' });
    expect(tourCommand('End', '')).toEqual({ type: 'last' });
    expect(tourCommand('7', '1')).toEqual({ type: 'digit', digit: '7' });
    expect(tourCommand('Enter', '12')).toEqual({ type: 'go', stop: 12 });
  });

  it('while digits are typed, Backspace takes one back and Esc clears them instead of leaving', () => {
    expect(tourCommand('Backspace', '12')).toEqual({ type: 'erase' });
    expect(tourCommand('Escape', '1')).toEqual({ type: 'clear' });
    expect(tourCommand('Backspace', '')).toEqual({ type: 'previous' });
  });

  it('toggles full screen and the blank screen, leaves with Esc, and ignores other keys', () => {
    expect(tourCommand('f', '')).toEqual({ type: 'fullscreen' });
    expect(tourCommand('B', '')).toEqual({ type: 'blank' });
    expect(tourCommand('Escape', '')).toEqual({ type: 'exit' });
    expect(tourCommand('x', '')).toBeNull();
    expect(tourCommand('Tab', '')).toBeNull();
  });
});

describe('targetStop', () => {
  it('moves next, previous, first, last and to a typed stop; other commands move nowhere', () => {
    expect([targetStop({ type: 'next' }, 3, 13), targetStop({ type: 'previous' }, 3, 13), targetStop({ type: 'first' }, 3, 13), targetStop({ type: 'last' }, 3, 13)]).toEqual([4, 2, 1, 13]);
    expect(targetStop({ type: 'go', stop: 7 }, 3, 13)).toBe(7);
    expect([targetStop({ type: 'blank' }, 3, 13), targetStop({ type: 'exit' }, 3, 13)]).toEqual([null, null]);
  });
});
