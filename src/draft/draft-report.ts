/**
 * What the drafter could not decide, for the person who finishes the draft: names that match several
 * places (and which it chose), names it found no place for, places it put at their city, and parts of
 * the article no drafted place quotes (the validator refuses those until a feature does).
 */
import type { StoryFeature } from '../story/schema.ts';
import type { FoundIn } from './draft-features.ts';
import type { Place } from './gazetteer.ts';
import type { Resolution } from './resolver.ts';

export interface DraftReport {
  ambiguous: { name: string; chosen: string; others: string[]; reason: string }[];
  unknown: { name: string; sentence: string }[];
  approximate: { name: string; note: string }[];
  uncovered: string[];
}

const describe = (place: Place) => `${place.name}, ${place.country} (${place.kind}${place.kind === 'city' ? `, pop. ${place.population}` : ''})`;

export function draftReport(found: readonly FoundIn[], resolved: ReadonlyMap<string, Resolution>, features: readonly StoryFeature[], uncovered: string[]): DraftReport {
  const ambiguous = [...resolved.values()].flatMap(({ key, place, candidates, reason }) =>
    place && candidates.length > 1 ? [{ name: key, chosen: describe(place), others: candidates.filter((other) => other !== place).slice(0, 3).map(describe), reason }] : [],
  );
  const unknown = found.flatMap(({ mention, sentence }) => (mention.unknown && !mention.partOf ? [{ name: mention.name, sentence: sentence.text }] : []));
  const approximate = features.flatMap(({ properties }) => (properties.note ? [{ name: properties.name, note: properties.note }] : []));
  return { ambiguous, unknown, approximate, uncovered };
}

export function formatReport(report: DraftReport): string {
  const lines = ['Draft report: what the drafter could not decide', ''];
  lines.push(`Names that match several places (${report.ambiguous.length}):`);
  for (const entry of report.ambiguous) lines.push(`  ${entry.name}: chose ${entry.chosen} (${entry.reason}); also ${entry.others.join('; ')}`);
  lines.push('', `Names taken for places with no place found (${report.unknown.length}):`);
  for (const entry of report.unknown) lines.push(`  ${entry.name}: in “${entry.sentence.slice(0, 80)}${entry.sentence.length > 80 ? '…' : ''}”`);
  lines.push('', `Places put at their city, to be placed by hand (${report.approximate.length}):`);
  for (const entry of report.approximate) lines.push(`  ${entry.name}: ${entry.note}`);
  lines.push('', `Parts of the article no drafted place quotes (${report.uncovered.length}):`);
  for (const part of report.uncovered) lines.push(`  ${part}: quote one of its sentences in a feature, or the validator refuses the story`);
  return `${lines.join('\n')}\n`;
}
