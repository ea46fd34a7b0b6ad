/**
 * Dates and tolls as a reader reads them. Dates in the data are ISO `YYYY-MM-DD` and mean that day
 * wherever it happened, so they are formatted in UTC.
 */
import type { FeatureProperties } from './schema.ts';

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2015-11-13` as "13 November 2015". */
export function formatDate(iso: string): string {
  return DAY.format(new Date(`${iso}T00:00:00Z`));
}

/** A feature's date or date range ("20–21 May 2017"), or undefined when it has none. */
export function formatDateRange(date: string | undefined, endDate: string | undefined): string | undefined {
  if (!date) return undefined;
  if (!endDate || endDate === date) return formatDate(date);
  const [start, end] = [formatDate(date), formatDate(endDate)];
  const [startDay, ...startRest] = start.split(' ');
  const [, ...endRest] = end.split(' ');
  return startRest.join(' ') === endRest.join(' ') ? `${startDay}–${end}` : `${start} – ${end}`;
}

/** The toll on record, and the article's own figure where it differs. */
export function formatDeaths(deaths: FeatureProperties['deaths']): { record: string; article?: string } | undefined {
  if (!deaths) return undefined;
  const record = `${deaths.record} killed`;
  if (deaths.article === undefined || deaths.article === deaths.record) return { record };
  return { record, article: `${deaths.article} killed` };
}
