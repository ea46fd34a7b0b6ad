import { describe, expect, it } from 'vitest';
import { jumpPrompt, nextDigits } from './jump-digits.ts';

describe('nextDigits', () => {
  it('adds the digits typed, up to the length of the last stop number, then starts over', () => {
    expect(nextDigits('', { type: 'digit', digit: '1' }, 13)).toBe('1');
    expect(nextDigits('1', { type: 'digit', digit: '2' }, 13)).toBe('12');
    expect(nextDigits('12', { type: 'digit', digit: '7' }, 13)).toBe('7');
    expect(nextDigits('7', { type: 'digit', digit: '3' }, 9)).toBe('3');
  });

  it('takes one back on Backspace, and clears on Esc, Enter (the jump) or any other command', () => {
    expect(nextDigits('12', { type: 'erase' }, 13)).toBe('1');
    expect(nextDigits('12', { type: 'clear' }, 13)).toBe('');
    expect(nextDigits('7', { type: 'go', stop: 7 }, 13)).toBe('');
    expect(nextDigits('7', { type: 'next' }, 13)).toBe('');
  });
});

describe('jumpPrompt', () => {
  it('says nothing with no digits, the stop it will go to, or that there is no such stop', () => {
    expect(jumpPrompt('', 13)).toBe('');
    expect(jumpPrompt('7', 13)).toBe('Go to stop 7');
    expect(jumpPrompt('0', 13)).toBe('Go to stop 0: there are stops 1 to 13');
    expect(jumpPrompt('14', 13)).toBe('Go to stop 14: there are stops 1 to 13');
  });
});
