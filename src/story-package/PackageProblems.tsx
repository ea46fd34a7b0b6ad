/** The problems of a package that was not opened, each with its file, feature and field, as text. */
import { describePackageProblem, type PackageProblem } from './package-format.ts';

/** What was refused and why: the story shown is unchanged. */
export interface Refusal {
  name: string;
  problems: readonly PackageProblem[];
}

/** The alert that lists a refused package's problems, one a line: package, file, feature, field, then what is wrong. */
export function PackageProblems({ refusal }: { refusal: Refusal }) {
  const { name, problems } = refusal;
  return (
    <div className="editor-alert share-alert" role="alert">
      <p>
        <strong>{name} was not opened: the story shown is unchanged.</strong> {problems.length === 1 ? 'One problem' : `${problems.length} problems`}:
      </p>
      <ul>
        {problems.map((problem, i) => (
          <li key={i}>{describePackageProblem(problem)}</li>
        ))}
      </ul>
    </div>
  );
}
