import { describe, expect, it } from 'vitest';
import { dateProblems, untilProblems } from './date-rules.ts';

describe('date rules', () => {
  it('accepts a day, a span, and coarse dates written as their first day', () => {
    expect(dateProblems({ date: '2017-05-18' })).toEqual([]);
    expect(dateProblems({ date: '2014-02-21', endDate: '2014-05-24' })).toEqual([]);
    expect(dateProblems({ date: '2014-06-01', endDate: '2017-10-01', datePrecision: 'month' })).toEqual([]);
    expect(dateProblems({ date: '2013-01-01', datePrecision: 'year' })).toEqual([]);
    expect(dateProblems({})).toEqual([]);
  });

  it('refuses a span that ends first, an end without a start, and a coarse date written as a day', () => {
    expect(dateProblems({ date: '2016-03-22', endDate: '2016-03-01' })).toEqual(['properties.endDate: 2016-03-01 is before the date 2016-03-22']);
    expect(dateProblems({ endDate: '2016-03-01' })).toEqual(['properties.endDate: a span needs its start: add a date']);
    expect(dateProblems({ datePrecision: 'year' })).toEqual(['properties.datePrecision: is "year" but the feature has no date']);
    expect(dateProblems({ date: '2014-06-10', datePrecision: 'month' })).toEqual([
      'properties.date: is dated to the month (datePrecision), so write its first day: 2014-06-01 for June 2014 (it is 2014-06-10)',
    ]);
    expect(dateProblems({ date: '2013-01-01', endDate: '2014-06-01', datePrecision: 'year' })).toEqual([
      'properties.endDate: is dated to the year (datePrecision), so write its first day: 2013-01-01 for 2013 (it is 2014-06-01)',
    ]);
  });

  it('refuses a tour stop whose month comes before a feature it shows', () => {
    const dates = new Map([['museum', '2014-05-24'], ['manchester', '2017-05-22']]);
    expect(untilProblems({ until: '2014-05', features: ['museum', 'mosul'] }, dates, 'stops[1]')).toEqual([]);
    expect(untilProblems({ features: ['manchester'] }, dates, 'stops[1]')).toEqual([]);
    expect(untilProblems({ until: '2014-05', features: ['museum', 'manchester'] }, dates, 'stops[1]')).toEqual([
      'stops[1].until: "manchester" is dated 2017-05-22, after the stop\'s month 2014-05, so the stop would hide it',
    ]);
  });
});
