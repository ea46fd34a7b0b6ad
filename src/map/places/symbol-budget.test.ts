import { describe, expect, it } from 'vitest';
import { shareSymbols, type SymbolAt } from './symbol-budget.ts';

const view = { x0: 0, y0: 0, x1: 100, y1: 100 };
const near = { x0: -50, y0: -50, x1: 150, y1: 150 };
const at = (symbol: string, x: number, y: number, more: Partial<SymbolAt<string>> = {}): SymbolAt<string> => ({ symbol, x, y, focus: false, group: false, ...more });

describe('shareSymbols', () => {
  it('makes every symbol a button while they number no more than the budget, wherever they are', () => {
    const symbols = [at('a', 10, 10), at('far', 900, 900)];
    expect(shareSymbols(symbols, { budget: 2, view, near })).toEqual({ buttons: ['a', 'far'], drawn: [], unreached: [] });
  });

  it('beyond the budget, gives buttons to symbols in view only, and draws those near the view on the canvas', () => {
    const symbols = [at('a', 10, 10), at('b', 20, 20), at('c', 30, 30), at('edge', 120, 50), at('far', 900, 900)];
    expect(shareSymbols(symbols, { budget: 2, view, near })).toEqual({ buttons: ['a', 'b'], drawn: ['c', 'edge'], unreached: ['c'] });
  });

  it('puts the selection first, then groups, then single places in story order', () => {
    const symbols = [at('a', 10, 10), at('b', 20, 20), at('group', 30, 30, { group: true }), at('selected', 40, 40, { focus: true })];
    expect(shareSymbols(symbols, { budget: 2, view, near }).buttons).toEqual(['group', 'selected']);
  });

  it('keeps the selection a button even off view, so that focus can return to it', () => {
    const symbols = [at('a', 10, 10), at('b', 20, 20), at('selected', 900, 900, { focus: true })];
    expect(shareSymbols(symbols, { budget: 1, view, near })).toEqual({ buttons: ['a', 'selected'], drawn: ['b'], unreached: ['b'] });
  });
});
