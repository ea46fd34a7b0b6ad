/**
 * The problems of the story as a whole (the article, the tour, parts no place quotes), in a teacher's
 * words (teacher-words.ts); those of a place or flow show beside it instead.
 */
import { teacherWords } from './teacher-words.ts';

/** The list of the story's own problems, or a line that says there are none. */
export function StoryProblems({ problems, checking }: { problems: readonly string[]; checking: boolean }) {
  return (
    <section className="story-problems" aria-labelledby="story-problems-title" aria-busy={checking || undefined}>
      <h3 id="story-problems-title">Problems with the story</h3>
      {problems.length === 0 ? (
        <p className="story-help">{checking ? 'Checking…' : 'None found in the article and tour. Places and flows show their own.'}</p>
      ) : (
        <ul className="draft-problems">
          {problems.map((problem) => (
            <li key={problem}>{teacherWords(problem)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
