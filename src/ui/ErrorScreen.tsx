/** A clear message in the page instead of a blank screen: what failed, and each problem found. */
export function ErrorScreen({ title, problems }: { title: string; problems: readonly string[] }) {
  return (
    <div className="error-screen" role="alert">
      <h2>{title}</h2>
      <p>The map cannot be shown until this is fixed. Run <code>npm run validate</code> for the same list.</p>
      <ul>
        {problems.map((problem, i) => (
          <li key={i}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
