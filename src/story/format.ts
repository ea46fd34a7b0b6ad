/**
 * Dates and tolls as a reader reads them. Dates in the data are ISO `YYYY-MM-DD` and mean that day
 * wherever it happened, so they are formatted in UTC.
 */
import type { DatePrecision, FeatureProperties } from './schema.ts';

/**
 * The months' English names. Not `Intl.DateTimeFormat`: making one costs a slow phone about 40 ms
 * (measured at 4x CPU) of loading locale data, a long task for a page that only writes English dates.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** `2015-11` as "November 2015". */
export function formatMonth(month: string): string {
  const [year, monthNumber] = month.split('-');
  return `${MONTHS[Number(monthNumber) - 1] ?? monthNumber} ${year}`;
}

/** `2015-11-13` as "13 November 2015". */
export function formatDate(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${formatMonth(iso.slice(0, 7))}`;
}

/** An ISO date as a reader reads it, to its precision: "13 November 2015", "June 2014" or "2013". */
export function formatDateTo(iso: string, precision: DatePrecision = 'day'): string {
  if (precision === 'year') return iso.slice(0, 4);
  return precision === 'month' ? formatMonth(iso.slice(0, 7)) : formatDate(iso);
}

/**
 * A feature's date or date range ("20–21 May 2017", "June 2014 – October 2017"), to the precision
 * the record has, or undefined when it has none.
 */
export function formatDateRange(date: string | undefined, endDate: string | undefined, precision: DatePrecision = 'day'): string | undefined {
  if (!date) return undefined;
  const [start, end] = [formatDateTo(date, precision), endDate ? formatDateTo(endDate, precision) : undefined];
  if (end === undefined || end === start) return start;
  if (precision !== 'day') return `${start} – ${end}`;
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

/** The masthead's line over the headline: the article's kicker, and the month it was published where known ("Analysis · May 2017"). */
export function dateline({ kicker, published }: { kicker: string; published?: string | undefined }): string {
  return published ? `${kicker} · ${formatMonth(published)}` : kicker;
}

/** What a stronghold's state is headed with: as of the month the article was published, where known. */
export function stateHeading(published: string | undefined): string {
  return published ? `State in ${formatMonth(published)}` : 'State in the article';
}
