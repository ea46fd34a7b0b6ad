/**
 * The way back out of opened groups: the camera each group was opened from, innermost last, for Esc
 * to step back out one group at a time. Any other move of the camera (a selection, a tour stop, the
 * reader's own hand) leaves the groups behind, and clears it.
 */
import type { Camera } from './framing.ts';

export class GroupTrail {
  private cameras: Camera[] = [];
  private readonly listeners = new Set<() => void>();

  /** Whether there is a group to step back out of. */
  readonly hasWayBack = (): boolean => this.cameras.length > 0;

  /** Calls `listener` whenever `hasWayBack` may have changed; returns its removal (for `useSyncExternalStore`). */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** A group is opened from `camera`. */
  push(camera: Camera): void {
    this.cameras.push(camera);
    this.changed();
  }

  /** The camera the innermost group was opened from, taken off the trail. */
  pop(): Camera | undefined {
    const camera = this.cameras.pop();
    if (camera) this.changed();
    return camera;
  }

  clear(): void {
    if (this.cameras.length === 0) return;
    this.cameras = [];
    this.changed();
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
