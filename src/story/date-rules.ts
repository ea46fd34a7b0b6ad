/**
 * Rules on dates a schema cannot express: a span that ends before it starts, a coarse date written
 * as if it were a day, a tour stop dated before the features it shows.
 */
import type { FeatureProperties } from './schema.ts';

/** The problems with a feature's `date`, `endDate` and `datePrecision`, as messages. */
export function dateProblems({ date, endDate, datePrecision = 'day' }: Pick<FeatureProperties, 'date' | 'endDate' | 'datePrecision'>): string[] {
  const problems: string[] = [];
  if (date && endDate && endDate < date) problems.push(`properties.endDate: ${endDate} is before the date ${date}`);
  if (endDate && !date) problems.push('properties.endDate: a span needs its start: add a date');
  if (datePrecision !== 'day' && !date) problems.push(`properties.datePrecision: is "${datePrecision}" but the feature has no date`);
  const [suffix, example] = datePrecision === 'month' ? ['-01', '2014-06-01 for June 2014'] : ['-01-01', '2013-01-01 for 2013'];
  if (datePrecision === 'day') return problems;
  for (const [key, value] of [['date', date], ['endDate', endDate]] as const) {
    if (value && !value.endsWith(suffix)) problems.push(`properties.${key}: is dated to the ${datePrecision} (datePrecision), so write its first day: ${example} (it is ${value})`);
  }
  return problems;
}

/**
 * The problems of a tour stop's `until`: each feature the stop shows must already have happened by
 * then, or the stop would hide its own subject. `dateOf` gives a feature's date by id.
 */
export function untilProblems(stop: { until?: string | undefined; features: readonly string[] }, dateOf: ReadonlyMap<string, string>, where: string): string[] {
  const { until } = stop;
  if (until === undefined) return [];
  return stop.features.flatMap((id) => {
    const date = dateOf.get(id);
    return date !== undefined && date.slice(0, 7) > until ? [`${where}.until: "${id}" is dated ${date}, after the stop's month ${until}, so the stop would hide it`] : [];
  });
}
