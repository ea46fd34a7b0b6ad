/**
 * The app's one polite live region: a screen reader hears what was selected on the map or in the
 * list, and which tour stop is showing, without moving focus. Always in the page, so that each new
 * message is a change it announces.
 */
export function Announcer({ message }: { message: string }) {
  return (
    <p className="announcer visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </p>
  );
}
