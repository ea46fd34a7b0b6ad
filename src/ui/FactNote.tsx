/**
 * A note beside the article's words where the map says more than they do, or where they err (a date,
 * a toll): the article's words are never changed, and the note is shown with them, as text.
 */
export function FactNote({ text }: { text: string }) {
  return (
    <p className="note" role="note">
      <strong>Note: </strong>
      {text}
    </p>
  );
}
