import { describe, expect, it } from 'vitest';
import { dateline, formatDate, formatDateRange, formatDeaths, formatMonth, stateHeading } from './format.ts';

describe('format', () => {
  it('writes ISO dates as day, month and year', () => {
    expect(formatDate('2015-11-13')).toBe('13 November 2015');
    expect(formatDate('2014-05-24')).toBe('24 May 2014');
  });

  it('writes every day and month as Intl would in British English, without its cost at start-up', () => {
    const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const month = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (let t = Date.UTC(2010, 0, 1); t <= Date.UTC(2020, 11, 31); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(formatDate(iso)).toBe(day.format(t));
      expect(formatMonth(iso.slice(0, 7))).toBe(month.format(t));
    }
  });

  it('writes ranges within a month compactly and across months in full', () => {
    expect(formatDateRange('2017-05-20', '2017-05-21')).toBe('20–21 May 2017');
    expect(formatDateRange('2017-04-29', '2017-05-02')).toBe('29 April 2017 – 2 May 2017');
    expect(formatDateRange('2017-05-25', undefined)).toBe('25 May 2017');
    expect(formatDateRange(undefined, undefined)).toBeUndefined();
  });

  it('writes coarse dates and spans to their precision, never as a day', () => {
    expect(formatDateRange('2014-06-01', '2017-10-01', 'month')).toBe('June 2014 – October 2017');
    expect(formatDateRange('2013-01-01', undefined, 'year')).toBe('2013');
    expect(formatDateRange('2015-01-01', '2015-03-01', 'year')).toBe('2015');
    expect(formatDateRange('2016-03-01', '2016-03-01', 'month')).toBe('March 2016');
  });

  it('shows the article toll only where it differs from the record', () => {
    expect(formatDeaths({ record: 49 })).toEqual({ record: '49 killed' });
    expect(formatDeaths({ record: 49, article: 49 })).toEqual({ record: '49 killed' });
    expect(formatDeaths({ record: 90, article: 130 })).toEqual({ record: '90 killed', article: '130 killed' });
    expect(formatDeaths(undefined)).toBeUndefined();
  });
});

describe('the article\'s own date', () => {
  it('heads the masthead and the strongholds\' state with the month published, and says nothing it does not know', () => {
    expect(dateline({ kicker: 'Analysis', published: '2017-05' })).toBe('Analysis · May 2017');
    expect(dateline({ kicker: 'Analysis' })).toBe('Analysis');
    expect(stateHeading('2017-05')).toBe('State in May 2017');
    expect(stateHeading(undefined)).toBe('State in the article');
  });
});
