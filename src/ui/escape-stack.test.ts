import { describe, expect, it } from 'vitest';
import { ESCAPE_LEVELS, EscapeStack, type EscapeAnswer } from './escape-stack.ts';

const press = {} as KeyboardEvent;

describe('EscapeStack: what Esc closes', () => {
  it('goes to the innermost first: the highest level, then the latest of equals', () => {
    const stack = new EscapeStack();
    const heard: string[] = [];
    const take = (name: string, answer: EscapeAnswer = 'handled') => () => (heard.push(name), answer);
    stack.push(ESCAPE_LEVELS.page, take('page'));
    stack.push(ESCAPE_LEVELS.menu, take('print menu'));
    stack.push(ESCAPE_LEVELS.tour, take('tour'));
    stack.push(ESCAPE_LEVELS.menu, take('line choice'));
    expect(stack.answer(press)).toBe('handled');
    expect(heard).toEqual(['line choice']);
  });

  it('passes outwards until one takes it, and says so when none does', () => {
    const stack = new EscapeStack();
    const heard: string[] = [];
    stack.push(ESCAPE_LEVELS.page, () => (heard.push('passage'), 'handled'));
    const tooltip = stack.push(ESCAPE_LEVELS.tooltip, () => (heard.push('tooltip'), 'pass'));
    expect(stack.answer(press)).toBe('handled');
    expect(heard).toEqual(['tooltip', 'passage']);
    tooltip();
    const empty = new EscapeStack();
    expect(empty.answer(press)).toBe('pass');
  });

  it("lets the dialog keep the browser's own Esc (a search box's clearing) and stops it there", () => {
    const stack = new EscapeStack();
    let closed = false;
    stack.push(ESCAPE_LEVELS.page, () => ((closed = true), 'handled'));
    const remove = stack.push(ESCAPE_LEVELS.dialog, () => 'keep-default');
    expect(stack.answer(press)).toBe('keep-default');
    expect(closed).toBe(false);
    remove();
    expect(stack.answer(press)).toBe('handled');
    expect(closed).toBe(true);
  });
});
