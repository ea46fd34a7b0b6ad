/**
 * The list of fact notes that the "Places with fact notes" handout prints in place of the article's words.
 */
import type { PrintedNote } from './fact-notes.ts';

/** The fact notes of the places, each printed once, with the numbers of the places it is about. */
export function PrintedNotes({ notes }: { notes: readonly PrintedNote[] }) {
  return (
    <section className="print-fact-notes" aria-labelledby="print-notes-title">
      <h2 id="print-notes-title">Fact notes</h2>
      <p className="print-for">Where the article’s words need a note (a date, a toll, what a point on the map stands for). The article’s words are on the “Map and places” handout.</p>
      <ol>
        {notes.map((note) => (
          <li key={note.number} value={note.number}>
            <strong>
              {note.places.length > 1 ? 'Places' : 'Place'} {note.places.join(', ')}:{' '}
            </strong>
            {note.text}
          </li>
        ))}
      </ol>
    </section>
  );
}
