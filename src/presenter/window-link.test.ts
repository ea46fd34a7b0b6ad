import { describe, expect, it } from 'vitest';
import { initialLink, LINK_CHANNEL, linkMessage, linkReducer, mergeTour, parseLinkMessage, type SharedTour } from './window-link.ts';

const tour: SharedTour = { stop: 3, blank: false, startedAt: 1000, stopSince: 5000, changedAt: 5000 };

describe('window link messages', () => {
  it('reads back every message it writes', () => {
    for (const message of [
      linkMessage('audience', { type: 'state', tour }),
      linkMessage('presenter', { type: 'screen', command: 'fullscreen' }),
      linkMessage('presenter', { type: 'screen', command: 'show' }),
      linkMessage('presenter', { type: 'ink', action: { type: 'draw', tool: 'arrow', at: [2, 48], start: false } }),
      linkMessage('presenter', { type: 'bye' }),
      linkMessage('audience', { type: 'ink', action: { type: 'draw', tool: 'pen', at: [4.35, 50.85], start: true } }),
    ]) {
      expect(parseLinkMessage(structuredClone(message))).toEqual(message);
    }
  });

  it('ignores what is not exactly one of its messages', () => {
    const good = linkMessage('presenter', { type: 'state', tour });
    const bad: unknown[] = [
      null,
      'next',
      42,
      { type: 'state' },
      { ...good, channel: 'reveal' },
      { ...good, type: 'jump' },
      { ...good, from: 'projector' },
      { ...good, tour: { ...tour, stop: 0 } },
      { ...good, tour: { ...tour, stop: 2.5 } },
      { ...good, tour: { ...tour, stop: '3' } },
      { ...good, tour: { ...tour, changedAt: -1 } },
      { ...good, tour: { ...tour, extra: true } },
      { ...good, extra: '<script>' },
      { channel: LINK_CHANNEL, type: 'screen', from: 'presenter', command: 'exit' },
      { channel: LINK_CHANNEL, type: 'ink', from: 'audience', action: { type: 'draw', tool: 'pen', at: [4.35, 95], start: true } },
      { channel: LINK_CHANNEL, type: 'ink', from: 'audience', action: { type: 'erase' } },
    ];
    for (const data of bad) expect(parseLinkMessage(data), JSON.stringify(data)).toBeNull();
  });
});

describe('window link reducer', () => {
  it('a move in this window is a change stamped with its time; the same stop is no change', () => {
    const state = { ...initialLink('presenter', 3, 1000), tour };
    const moved = linkReducer(state, { type: 'go', stop: 4, now: 9000 });
    expect(moved.tour).toEqual({ ...tour, stop: 4, stopSince: 9000, changedAt: 9000 });
    expect(linkReducer(moved, { type: 'go', stop: 4, now: 9500 })).toBe(moved);
  });

  it('follows the other window’s later move, and keeps its own when it moved last', () => {
    const presenter = { ...initialLink('presenter', 3, 1000), tour };
    const later = linkMessage('audience', { type: 'state', tour: { ...tour, stop: 4, stopSince: 7000, changedAt: 7000 } });
    expect(linkReducer(presenter, { type: 'receive', message: later, now: 7001 })).toMatchObject({ tour: { stop: 4, stopSince: 7000 }, heardAt: 7001 });
    const earlier = linkMessage('audience', { type: 'state', tour: { ...tour, stop: 2, changedAt: 4000 } });
    expect(linkReducer(presenter, { type: 'receive', message: earlier, now: 7001 }).tour.stop).toBe(3);
  });

  it('a reloaded window takes the stop of the window that stayed, and keeps the earliest clocks', () => {
    const reloaded = initialLink('audience', 3, 60_000);
    const stayed = linkMessage('presenter', { type: 'state', tour: { ...tour, stop: 5, changedAt: 50_000 } });
    expect(linkReducer(reloaded, { type: 'receive', message: stayed, now: 60_010 }).tour).toEqual({ ...tour, stop: 5, changedAt: 50_000 });
  });

  it('two fresh windows at different stops agree on the audience’s', () => {
    const audience = initialLink('audience', 7, 1000).tour;
    const presenter = initialLink('presenter', 2, 2000).tour;
    expect(mergeTour(audience, presenter, 'audience').stop).toBe(7);
    expect(mergeTour(presenter, audience, 'presenter').stop).toBe(7);
  });

  it('only the audience blanks its screen', () => {
    const audience = linkReducer(initialLink('audience', 3, 1000), { type: 'blank', blank: true });
    const fromPresenter = linkMessage('presenter', { type: 'state', tour: { ...audience.tour, blank: false } });
    expect(linkReducer(audience, { type: 'receive', message: fromPresenter, now: 2000 }).tour.blank).toBe(true);
    const fromAudience = linkMessage('audience', { type: 'state', tour: audience.tour });
    expect(linkReducer(initialLink('presenter', 3, 1000), { type: 'receive', message: fromAudience, now: 2000 }).tour.blank).toBe(true);
  });

  it('keeps the same tour when what it hears changes nothing, so that windows do not echo each other', () => {
    const state = { ...initialLink('presenter', 3, 1000), tour };
    const echo = linkReducer(state, { type: 'receive', message: linkMessage('audience', { type: 'state', tour }), now: 8000 });
    expect(echo.tour).toBe(state.tour);
    expect(echo.heardAt).toBe(8000);
  });

  it('ignores a window of its own role, and forgets the other window when it says goodbye', () => {
    const state = { ...initialLink('presenter', 3, 1000), heardAt: 5000 };
    const twin = linkMessage('presenter', { type: 'state', tour: { ...tour, stop: 9, changedAt: 9999 } });
    expect(linkReducer(state, { type: 'receive', message: twin, now: 6000 })).toBe(state);
    expect(linkReducer(state, { type: 'receive', message: linkMessage('audience', { type: 'bye' }), now: 6000 }).heardAt).toBeNull();
  });

  it('mirrors the other window’s ink, and forgets it at the next stop', () => {
    const state = { ...initialLink('presenter', 3, 1000), tour };
    const stroke = linkMessage('audience', { type: 'ink', action: { type: 'draw', tool: 'pen', at: [4.35, 50.85], start: true } });
    const drawn = linkReducer(state, { type: 'receive', message: stroke, now: 6000 });
    expect(drawn.ink.marks).toEqual([{ hand: 'audience', tool: 'pen', points: [[4.35, 50.85]] }]);
    const sameStop = linkMessage('audience', { type: 'state', tour: { ...tour, changedAt: 5500 } });
    expect(linkReducer(drawn, { type: 'receive', message: sameStop, now: 6100 }).ink).toBe(drawn.ink);
    const nextStop = linkMessage('audience', { type: 'state', tour: { ...tour, stop: 4, changedAt: 7000 } });
    expect(linkReducer(drawn, { type: 'receive', message: nextStop, now: 7001 }).ink.marks).toEqual([]);
    expect(linkReducer(drawn, { type: 'go', stop: 2, now: 7001 }).ink.marks).toEqual([]);
  });

  it('keeps its own ink and the other window’s apart, so that both can draw at once', () => {
    const state = { ...initialLink('presenter', 3, 1000), tour };
    const mine = linkReducer(state, { type: 'ink', action: { type: 'draw', tool: 'arrow', at: [2, 48], start: true } });
    const theirs = linkMessage('audience', { type: 'ink', action: { type: 'draw', tool: 'pen', at: [4, 50], start: true } });
    let both = linkReducer(mine, { type: 'receive', message: theirs, now: 6000 });
    both = linkReducer(both, { type: 'ink', action: { type: 'draw', tool: 'arrow', at: [9, 41], start: false } });
    expect(both.ink.marks).toEqual([
      { hand: 'presenter', tool: 'arrow', points: [[2, 48], [9, 41]] },
      { hand: 'audience', tool: 'pen', points: [[4, 50]] },
    ]);
    const cleared = linkMessage('audience', { type: 'ink', action: { type: 'clear' } });
    expect(linkReducer(both, { type: 'receive', message: cleared, now: 6100 }).ink.marks).toEqual([]);
  });
});
