import { describe, expect, it } from 'vitest';
import { factNotes, noteSentences } from './fact-notes.ts';

const SHARED = 'Lines run from Mosul and Raqqa, as the article puts it. The line ends at the capital: the country is meant.';

describe('factNotes', () => {
  it('prints each sentence once: what several places share is one note naming them all, the rest a note of its own', () => {
    const { notes, notesOf } = factNotes([
      { id: 'belgium', number: 21, note: `${SHARED} About 498 people went from Belgium.` },
      { id: 'france', number: 20, note: `Lines run from Mosul and Raqqa, as the article puts it. About 1,910 people went from France. The line ends at the capital: the country is meant.` },
      { id: 'museum', number: 1 },
      { id: 'mosul', number: 12, note: 'Retaken on 10 July 2017.' },
    ]);
    expect(notes).toEqual([
      { number: 1, text: 'Retaken on 10 July 2017.', places: [12] },
      { number: 2, text: SHARED, places: [20, 21] },
      { number: 3, text: 'About 1,910 people went from France.', places: [20] },
      { number: 4, text: 'About 498 people went from Belgium.', places: [21] },
    ]);
    expect([...notesOf]).toEqual([['mosul', [1]], ['france', [2, 3]], ['belgium', [2, 4]]]);
  });

  it('gives nothing for places without notes', () => {
    expect(factNotes([{ id: 'a', number: 1 }, { id: 'b', number: 2, note: '' }])).toEqual({ notes: [], notesOf: new Map() });
  });
});

describe('noteSentences', () => {
  it('cuts after a full stop before a capital, not inside "D.C., as" or "U.S. intelligence"', () => {
    expect(noteSentences('The point marks Washington, D.C., as the seat of the U.S. intelligence services. It is not a site.')).toEqual([
      'The point marks Washington, D.C., as the seat of the U.S. intelligence services.',
      'It is not a site.',
    ]);
    expect(noteSentences('The article says “perhaps Syria.” This journey is not established (see below). “Late 2015” is the campaign.')).toEqual([
      'The article says “perhaps Syria.”',
      'This journey is not established (see below).',
      '“Late 2015” is the campaign.',
    ]);
  });
});
