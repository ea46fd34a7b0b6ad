import { describe, expect, it } from 'vitest';
import { appReducer, INITIAL_STATE } from './app-state.ts';

describe('app reducer', () => {
  it('selecting a feature opens its passage and closes the reader', () => {
    const reading = { ...INITIAL_STATE, selectedId: 'paris-bataclan', readerOpen: true };
    expect(appReducer(reading, { type: 'select', id: 'nice-promenade' })).toEqual({
      ...INITIAL_STATE,
      selectedId: 'nice-promenade',
      readerOpen: false,
    });
  });

  it('opens the reader only when a passage is open', () => {
    expect(appReducer(INITIAL_STATE, { type: 'open-reader' })).toBe(INITIAL_STATE);
    const selected = appReducer(INITIAL_STATE, { type: 'select', id: 'mosul' });
    expect(appReducer(selected, { type: 'open-reader' }).readerOpen).toBe(true);
  });

  it('closing the passage clears the selection and the reader', () => {
    const reading = { ...INITIAL_STATE, selectedId: 'mosul', readerOpen: true };
    expect(appReducer(reading, { type: 'close' })).toEqual(INITIAL_STATE);
    expect(appReducer(reading, { type: 'close-reader' })).toEqual({ ...reading, readerOpen: false });
  });

  it('turns online tiles on and off without touching the selection', () => {
    const selected = { ...INITIAL_STATE, selectedId: 'raqqa' };
    expect(appReducer(selected, { type: 'set-online-tiles', on: true })).toEqual({ ...selected, onlineTiles: true });
  });
});
