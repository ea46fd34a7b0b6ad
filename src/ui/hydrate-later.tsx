/**
 * Lets React hydrate a part of the prerendered page (the printed handout) after the rest, once the page is
 * idle.
 */
import { memo, Suspense, type ComponentType } from 'react';

/**
 * `Component` in a boundary of its own that React hydrates after the rest of the page, when the page
 * is idle (a Suspense boundary rendered at build time hydrates at the lowest priority): for what is
 * in the prerendered page but not needed at once, such as the printed handout. Memoised, because a
 * boundary whose props change must hydrate at once, in the render that changed them.
 */
export function hydrateLater<P extends object>(Component: ComponentType<P>): ComponentType<P> {
  function Later(props: P) {
    return (
      <Suspense fallback={null}>
        <Component {...props} />
      </Suspense>
    );
  }
  Later.displayName = `HydrateLater(${Component.displayName ?? Component.name})`;
  return memo(Later);
}
