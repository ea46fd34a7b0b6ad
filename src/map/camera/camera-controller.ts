/**
 * The map's one camera. Whatever wants the map to look somewhere (the first view, a selection, a
 * sentence, a group, a tour stop, an off-view arrow, keyboard focus, keeping places in view) asks
 * here; nothing else moves the camera. Requests made together (before the next frame, once the
 * panels they open are laid out) are weighed and the heaviest framed (camera-request.ts); keeping
 * places in view and the first view never cut a move short. Keyboard focus and the first view
 * (unless something else has asked first) are answered at once.
 */
import type L from 'leaflet';
import type { Camera, FramingView } from './framing.ts';
import { cameraOf } from './framing-view.ts';
import { afterNextPaint } from '../../ui/time-slice.ts';
import { admits, FLIGHT_SECONDS, planCamera, strongestRequest, type CameraRequest, type CameraRequestKind } from './camera-request.ts';
import { GroupTrail } from './group-trail.ts';
import { COVERINGS_CHANGE } from '../coverings-context.ts';

/** Moves that keep the way back out of the groups opened: they bring a place of the view, or near it, clear of the panels. */
const KEEPS_THE_TRAIL: ReadonlySet<CameraRequestKind> = new Set(['keep-in-view', 'focus', 'selection', 'group-back']);

/** A request as the controller takes it. */
export interface CameraAsk extends CameraRequest {
  /** No flight or glide: the system asks for reduced motion. */
  reducedMotion: boolean;
  /** Called once the camera is there (at once if it need not move); not if another request takes over. */
  then?: (() => void) | undefined;
}

export class CameraController {
  private pending: CameraAsk[] = [];
  private cancelFlush: (() => void) | null = null;
  /** The request whose move is under way, until its `moveend`. */
  private underWay: CameraAsk | null = null;
  /** Whether anything but the first view has moved the camera. */
  private moved = false;
  /** The first view's camera, and the map's size it was framed for. */
  private first: { camera: Camera; size: L.Point } | null = null;
  /** Set while the controller itself starts a move, to tell its moves from the reader's. */
  private starting = false;
  /** The last move event the map fired while a move was being started. */
  private lastEvent: 'movestart' | 'moveend' | null = null;
  /**
   * The last keyboard focus answered, until another request or the reader's hand moves the map:
   * framed again when what covers the map changes (the corner list of places beyond the view comes
   * back a frame after a passage closes; framed before it came, Hezbollah was brought under it).
   */
  private lastFocus: CameraAsk | null = null;

  /** The cameras the groups opened were opened from: Esc steps back out (`stepBack`). */
  readonly trail = new GroupTrail();

  private readonly map: L.Map;
  private framingFor: (map: L.Map, margin?: number) => FramingView;

  constructor(map: L.Map, framingFor: (map: L.Map, margin?: number) => FramingView) {
    this.map = map;
    this.framingFor = framingFor;
    map.on('movestart', this.onMoveStart, this);
    map.on('moveend', this.onMoveEnd, this);
    map.on(COVERINGS_CHANGE, this.onCoveringsChange, this);
  }

  /** The framing to use from now on (what covers the map may change with the app's layout). */
  setFraming(framingFor: (map: L.Map, margin?: number) => FramingView): void {
    this.framingFor = framingFor;
  }

  /** Asks the camera to look at something (see the file's comment for how requests are weighed). */
  request(ask: CameraAsk): void {
    this.lastFocus = ask.kind === 'focus' ? ask : null;
    if (ask.kind === 'focus') return this.focus(ask);
    // The first view at once, before the map is painted where it was made (a later paint would shift it under the reader).
    if (ask.kind === 'first-view') {
      if (admits(ask.kind, { underWay: this.underWay?.kind ?? null, moved: this.moved || this.pending.length > 0 })) this.start(ask);
      return;
    }
    this.pending.push(ask);
    this.cancelFlush ??= afterNextPaint(() => {
      this.cancelFlush = null;
      const batch = this.pending.splice(0);
      const chosen = batch[strongestRequest(batch)];
      if (chosen && admits(chosen.kind, { underWay: this.underWay?.kind ?? null, moved: this.moved })) this.start(chosen);
    });
  }

  /** Back to the view the innermost group opened was opened from (`then` once there); false if there is none. */
  stepBack(reducedMotion: boolean, then?: () => void): boolean {
    const camera = this.trail.pop();
    if (camera) this.request({ kind: 'group-back', places: [], intended: camera, reducedMotion, then });
    return camera !== undefined;
  }

  dispose(): void {
    this.cancelFlush?.();
    this.map.off('movestart', this.onMoveStart, this);
    this.map.off('moveend', this.onMoveEnd, this);
    this.map.off(COVERINGS_CHANGE, this.onCoveringsChange, this);
  }

  /** What covers the map changed: the place last focused is framed again (no move where it is clear). */
  private onCoveringsChange(): void {
    if (this.lastFocus && !this.underWay && !this.starting && this.pending.length === 0) this.focus({ ...this.lastFocus, then: undefined });
  }

  private onMoveStart(): void {
    if (this.starting) this.lastEvent = 'movestart';
    // Not a move of ours: the reader's hand (a drag, the wheel, the zoom buttons).
    else if (!this.underWay) {
      this.moved = true;
      this.trail.clear();
      this.lastFocus = null;
    }
  }

  private onMoveEnd(): void {
    if (this.starting) {
      this.lastEvent = 'moveend';
      return;
    }
    const arrived = this.underWay;
    this.underWay = null;
    arrived?.then?.();
  }

  /** Keyboard focus on a feature off the view: brought in at once, at the same zoom if it fits (from where a flight has got to). */
  private focus(ask: CameraAsk): void {
    const now = cameraOf(this.map);
    const snap = this.map.options.zoomSnap || 1;
    const flying = this.underWay !== null;
    const current = flying ? { ...now, zoom: Math.round(now.zoom / snap) * snap } : now;
    const camera = planCamera(this.framingFor(this.map, ask.margin), current, ask);
    if (!flying && camera === current) return ask.then?.();
    this.move({ ...ask, reducedMotion: true }, camera);
  }

  /** The first view's camera, while the map keeps the size it was framed for. */
  firstView(): Camera | undefined {
    return this.first && this.map.getSize().equals(this.first.size) ? this.first.camera : undefined;
  }

  private start(ask: CameraAsk): void {
    const current = cameraOf(this.map);
    const camera = planCamera(this.framingFor(this.map, ask.margin), current, ask);
    if (ask.kind === 'first-view') this.first = { camera, size: this.map.getSize() };
    if (camera === current || sameCamera(camera, current)) return ask.then?.();
    this.move(ask, camera);
  }

  private move(ask: CameraAsk, { center, zoom }: Camera): void {
    if (ask.kind !== 'first-view') this.moved = true;
    if (ask.kind === 'group') this.trail.push(cameraOf(this.map));
    else if (!KEEPS_THE_TRAIL.has(ask.kind)) this.trail.clear();
    // What the map fires while the move is started: the end of a move it cuts short, then the
    // start of its own, or (a jump) its own end too.
    this.underWay = null;
    this.starting = true;
    this.lastEvent = null;
    try {
      const seconds = FLIGHT_SECONDS[ask.kind];
      // A map with no size (hidden, as while printing) cannot fly: Leaflet's flight divides by its size.
      const size = this.map.getSize();
      const hidden = size.x === 0 || size.y === 0;
      if (ask.reducedMotion || seconds === 0 || hidden) this.map.setView(center, zoom, { animate: false });
      else if (ask.kind === 'group') this.map.setView(center, zoom, { animate: true });
      else if (Math.abs(this.map.getZoom() - zoom) < 1e-9) this.map.panTo(center, { animate: true, duration: Math.min(seconds, 0.6) });
      else this.map.flyTo(center, zoom, { duration: seconds });
    } finally {
      this.starting = false;
    }
    if (this.lastEvent === 'moveend') ask.then?.();
    else this.underWay = ask;
  }
}

function sameCamera(a: Camera, b: Camera): boolean {
  return Math.abs(a.zoom - b.zoom) < 1e-9 && Math.abs(a.center.lat - b.center.lat) < 1e-9 && Math.abs(a.center.lng - b.center.lng) < 1e-9;
}
