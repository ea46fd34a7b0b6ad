/**
 * The places' fact notes as a handout prints them: each sentence once. Notes that say the same
 * things (the four returning fighters' lines share all but their counts) are cut into sentences, and
 * the sentences about the same places are printed together as one numbered note, naming every place
 * it is about; a place refers to its notes by number. Numbered in the order of their first place. Pure.
 */

/** A place as the notes handout numbers it, with its note if it has one. */
export interface NotedPlace {
  id: string;
  number: number;
  note?: string | undefined;
}

/** A note printed once: its number, its text, and the numbers of the places it is about, in order. */
export interface PrintedNote {
  number: number;
  text: string;
  places: number[];
}

/** A note's sentences: cut after a full stop (or ! ?), a closing quote or bracket, before a capital. */
export function noteSentences(note: string): string[] {
  return note
    .split(/(?<=[.!?][”’")]?)\s+(?=[A-Z“"(‘])/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** The notes of `places` (taken in the order of their numbers), each sentence once, and each place's note numbers. */
export function factNotes(places: readonly NotedPlace[]): { notes: PrintedNote[]; notesOf: Map<string, number[]> } {
  const ordered = [...places].sort((a, b) => a.number - b.number);
  // Each sentence, in the order first said, with the places that say it.
  const placesOf = new Map<string, number[]>();
  for (const place of ordered) {
    for (const sentence of noteSentences(place.note ?? '')) {
      const numbers = placesOf.get(sentence) ?? [];
      if (!numbers.includes(place.number)) numbers.push(place.number);
      placesOf.set(sentence, numbers);
    }
  }
  // The sentences about the same places make one note.
  const byPlaces = new Map<string, { places: number[]; sentences: string[] }>();
  for (const [sentence, numbers] of placesOf) {
    const key = numbers.join(',');
    const group = byPlaces.get(key) ?? { places: numbers, sentences: [] };
    group.sentences.push(sentence);
    byPlaces.set(key, group);
  }
  const notes = [...byPlaces.values()].map((group, i) => ({ number: i + 1, text: group.sentences.join(' '), places: group.places }));
  const notesOf = new Map<string, number[]>();
  for (const place of ordered) {
    const numbers = notes.filter((note) => note.places.includes(place.number)).map((note) => note.number);
    if (numbers.length > 0) notesOf.set(place.id, numbers);
  }
  return { notes, notesOf };
}
