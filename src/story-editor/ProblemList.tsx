/** The validator's problems with one place, flow or field, listed where they concern it, in a teacher's words. */
import { teacherWords } from './teacher-words.ts';

/** The problems as a list, marked by a word as well as by colour; nothing when there are none. */
export function ProblemList({ problems, id }: { problems: readonly string[]; id?: string }) {
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="draft-problems">
      {problems.map((problem) => (
        <li key={problem}>
          <strong>Problem:</strong> {teacherWords(problem)}
        </li>
      ))}
    </ul>
  );
}
