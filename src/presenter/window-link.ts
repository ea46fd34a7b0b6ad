/**
 * The two windows of a presentation, the audience's (the map, large) and the presenter's (notes, what
 * comes next, the clocks), keep one shared state by `postMessage`, as reveal.js's speaker view does.
 * This module is the whole protocol: the messages (a discriminated union, each checked by a schema
 * before anything acts on it, since `file://` pages have no origin to trust) and the one reducer that
 * both windows run over what they do and what they hear. The ink's own vocabulary (`src/ui/ink.ts`,
 * which knows nothing of windows) travels in it.
 */
import * as v from 'valibot';
import { InkActionSchema, inkReducer, NO_INK, type InkAction, type InkState } from '../ui/ink.ts';

/** Marks our messages among the others a window may receive (extensions, developer tools). */
export const LINK_CHANNEL = 'story-map/window-link';

/** Which window speaks: the one the class sees, or the teacher's. */
export type LinkRole = 'audience' | 'presenter';

const Time = v.pipe(v.number(), v.integer(), v.minValue(0));
const SharedTourSchema = v.strictObject({
  /** The stop shown, from 1; `null` when the audience has left the tour. */
  stop: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(9999))),
  /** Whether the audience's screen is blank; only the audience window changes it. */
  blank: v.boolean(),
  /** When the tour began and when its stop was reached, in ms since 1970; 0 when not known. */
  startedAt: Time,
  stopSince: Time,
  /** When the stop was last chosen in either window; 0 for a window that has only just (re)loaded. */
  changedAt: Time,
});
/** What both windows agree on. */
export type SharedTour = v.InferOutput<typeof SharedTourSchema>;

const Role = v.picklist(['audience', 'presenter']);
/** What the presenter asks of the audience's screen: blank it or bring it back (a toggle), bring it back (only), full screen (a toggle). */
const ScreenCommandSchema = v.picklist(['blank', 'show', 'fullscreen']);
export type ScreenCommand = v.InferOutput<typeof ScreenCommandSchema>;
const Channel = v.literal(LINK_CHANNEL);
const LinkMessageSchema = v.variant('type', [
  /** The sender's state: sent on every change, and each second as a heartbeat that finds a reloaded window. */
  v.strictObject({ channel: Channel, type: v.literal('state'), from: Role, tour: SharedTourSchema }),
  /** The presenter asks something of the audience's screen. */
  v.strictObject({ channel: Channel, type: v.literal('screen'), from: Role, command: ScreenCommandSchema }),
  /** The sender's pointer, pen or arrow moved, to be mirrored. */
  v.strictObject({ channel: Channel, type: v.literal('ink'), from: Role, action: InkActionSchema }),
  /** The sender is closing or reloading. */
  v.strictObject({ channel: Channel, type: v.literal('bye'), from: Role }),
]);
/** A message between the two windows. */
export type LinkMessage = v.InferOutput<typeof LinkMessageSchema>;

/** The message in `data`, or `null` for anything that is not exactly one of ours. */
export function parseLinkMessage(data: unknown): LinkMessage | null {
  const result = v.safeParse(LinkMessageSchema, data);
  return result.success ? result.output : null;
}

/** What one window knows: the shared tour, and when it last heard the other window. */
export interface LinkState {
  role: LinkRole;
  tour: SharedTour;
  /** When the other window last spoke, in ms since 1970; `null` before it has, or once it said goodbye. */
  heardAt: number | null;
  /** What is drawn on the map at this stop, by this window (its role's hand) and the other. */
  ink: InkState;
}

/** What changes a window's link state: what it does itself, and what it hears. */
export type LinkAction =
  | { type: 'go'; stop: number | null; now: number }
  | { type: 'blank'; blank: boolean }
  | { type: 'ink'; action: InkAction }
  | { type: 'receive'; message: LinkMessage; now: number };

/** A window's state when it opens at `stop` (from its URL): it has changed nothing yet. */
export function initialLink(role: LinkRole, stop: number | null, now: number): LinkState {
  return { role, tour: { stop, blank: false, startedAt: stop === null ? 0 : now, stopSince: now, changedAt: 0 }, heardAt: null, ink: NO_INK };
}

/** The earlier of two known times (0 is "not known"). */
function earliest(a: number, b: number): number {
  return a === 0 ? b : b === 0 ? a : Math.min(a, b);
}

/**
 * Both windows' view of the tour made one: the stop chosen last wins (the audience's on a tie, since
 * its URL is what the class sees); the clocks keep the earliest start; blank is the audience's own.
 */
export function mergeTour(mine: SharedTour, theirs: SharedTour, role: LinkRole): SharedTour {
  const theirsWins = theirs.changedAt > mine.changedAt || (theirs.changedAt === mine.changedAt && role === 'presenter');
  const winner = theirsWins ? theirs : mine;
  return {
    stop: winner.stop,
    blank: role === 'audience' ? mine.blank : theirs.blank,
    startedAt: earliest(mine.startedAt, theirs.startedAt),
    stopSince: mine.stop === theirs.stop ? earliest(mine.stopSince, theirs.stopSince) : winner.stopSince,
    changedAt: Math.max(mine.changedAt, theirs.changedAt),
  };
}

function sameTour(a: SharedTour, b: SharedTour): boolean {
  return a.stop === b.stop && a.blank === b.blank && a.startedAt === b.startedAt && a.stopSince === b.stopSince && a.changedAt === b.changedAt;
}

/** The one reducer of both windows. Messages from a window of the same role are ignored. */
export function linkReducer(state: LinkState, action: LinkAction): LinkState {
  switch (action.type) {
    case 'go': {
      if (action.stop === state.tour.stop) return state;
      const startedAt = state.tour.startedAt === 0 ? action.now : state.tour.startedAt;
      return { ...state, tour: { ...state.tour, stop: action.stop, startedAt, stopSince: action.now, changedAt: action.now }, ink: NO_INK };
    }
    case 'blank':
      return action.blank === state.tour.blank ? state : { ...state, tour: { ...state.tour, blank: action.blank } };
    case 'ink':
      return { ...state, ink: inkReducer(state.ink, { hand: state.role, action: action.action }) };
    case 'receive': {
      const { message, now } = action;
      if (message.from === state.role) return state;
      switch (message.type) {
        case 'state': {
          // The same object when nothing changed, so that a window does not echo back what it heard.
          const tour = mergeTour(state.tour, message.tour, state.role);
          const ink = tour.stop === state.tour.stop ? state.ink : NO_INK;
          return { ...state, tour: sameTour(tour, state.tour) ? state.tour : tour, heardAt: now, ink };
        }
        case 'screen':
          return { ...state, heardAt: now };
        case 'ink':
          return { ...state, heardAt: now, ink: inkReducer(state.ink, { hand: message.from, action: message.action }) };
        case 'bye':
          return { ...state, heardAt: null };
      }
    }
  }
}

/** A message from `from` to the other window. */
export function linkMessage(
  from: LinkRole,
  body: { type: 'state'; tour: SharedTour } | { type: 'screen'; command: ScreenCommand } | { type: 'ink'; action: InkAction } | { type: 'bye' },
): LinkMessage {
  return { channel: LINK_CHANNEL, from, ...body };
}
