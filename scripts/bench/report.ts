/**
 * Prints a benchmark run: the machine, then the table (app, baseline, ratio, target, met), then every
 * run's and every measurement's value, so that a reader sees the spread behind each median.
 */
import type { LighthouseFigures } from './lighthouse.ts';
import type { Spread } from './page-timings.ts';
import { reportRows, type Row } from './report-rows.ts';
import type { Report, ScaleReport } from './report-types.ts';

const number = (v: number) => (Number.isNaN(v) ? '—' : Number.isInteger(v) ? String(v) : v.toFixed(v < 10 ? 2 : 1));

function printTable(title: string, baseline: string, rows: Row[]) {
  const width = Math.max(...rows.map(({ what }) => what.length)) + 2;
  console.log(`\n${title.padEnd(width)}${'app'.padStart(10)}${baseline.padStart(14)}${'ratio'.padStart(8)}  ${'target'.padEnd(8)} met`);
  for (const { what, app, base, target, met } of rows) {
    // Against a near-zero baseline a ratio says nothing: shown only where the baseline is at least 1.
    const ratio = base !== null && base >= 1 && !Number.isNaN(app) ? `${(app / base).toFixed(2)}×` : '';
    const verdict = !met ? '' : Number.isNaN(app) || (base !== null && Number.isNaN(base)) ? '?' : met(app, base ?? Number.NaN) ? 'yes' : 'NO';
    console.log(`${what.padEnd(width)}${number(app).padStart(10)}${(base === null ? '' : number(base)).padStart(14)}${ratio.padStart(8)}  ${target.padEnd(8)} ${verdict}`);
  }
}

function printLighthouseRuns(report: Report) {
  const columns: [string, (f: LighthouseFigures) => number][] = [
    ['Perf', (f) => f.performance],
    ['FCP ms', (f) => f.fcpMs],
    ['LCP ms', (f) => f.lcpMs],
    ['TBT ms', (f) => f.tbtMs],
    ['CLS', (f) => f.cls],
    ['SI ms', (f) => f.speedIndexMs],
  ];
  for (const preset of ['mobile', 'desktop'] as const) {
    console.log(`\nLighthouse ${preset}, every run${' '.repeat(4)}${columns.map(([name]) => name.padStart(9)).join('')}`);
    for (const page of ['app', 'baseline'] as const) {
      const { each } = report.lighthouse[page][preset];
      each.forEach((figures, index) => {
        console.log(`  ${page === 'app' ? 'app' : 'baseline (a)'} run ${index + 1}`.padEnd(31) + columns.map(([, of]) => number(of(figures)).padStart(9)).join(''));
      });
    }
  }
}

const values = (spread: Spread) => `${spread.values.map(number).join(', ')} [median ${number(spread.medianMs)}]`;

function printValues(report: Report) {
  console.log('\nEvery value, in the order measured, ms [median]:');
  const lines: [string, Spread][] = [
    ['Navigation to first clickable, app', report.firstClickable.app],
    ['Navigation to first clickable, baseline (a)', report.firstClickable.baseline],
    ['Click to passage, app', report.toPassage.app.click],
    ['Click to passage, baseline (a)', report.toPassage.baseline.click],
    ['Enter to passage, app', report.toPassage.app.enter],
    ['Enter to passage, baseline (a)', report.toPassage.baseline.enter],
    ['Label placement per view', report.labels],
    ['Tour key to passage', report.tour],
    ['Presenter view, audience key to presenter', report.windowLink.audienceToPresenter],
    ['Presenter view, presenter key to audience', report.windowLink.presenterToAudience],
    ['Story editor, Find places on this article', report.findPlaces],
  ];
  for (const [what, spread] of lines) console.log(`  ${what}: ${values(spread)}`);
}

function printScaleNotes(scale: ScaleReport) {
  for (const page of ['app', 'baseline'] as const) {
    const figures = scale[page];
    const who = `${scale.size.places} places, ${page === 'app' ? 'app' : 'baseline (b)'}`;
    if (figures.opened && figures.offered > 0) console.log(`  ${who}: the click offered a choice of ${figures.offered} lines; choosing “${figures.opened}” opened its passage (the figure is that second click's)`);
    else if (figures.opened) console.log(`  ${who}: the click opened “${figures.opened}”`);
    for (const problem of figures.problems) console.log(`  ${who}: ${problem}`);
  }
}

export function printReport(report: Report) {
  const { machine } = report;
  console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB; load average at start ${machine.loadAtStart.toFixed(2)}`);
  console.log(`Chromium ${machine.chromium}, Node ${machine.node}; commit ${machine.commit}; ${machine.date}`);
  console.log('Baseline (a): the story’s places and flows on a bare React + react-leaflet page (scripts/bench/baseline/).');
  console.log('Baseline (b): plain Leaflet drawing the same generated story on its canvas (scripts/bench/baseline-canvas/).');
  const rows = reportRows(report);
  printTable('The story (geo/), against baseline (a)', 'baseline (a)', rows.story);
  printTable('Scale runs, against baseline (b)', 'baseline (b)', rows.scale);
  printLighthouseRuns(report);
  printValues(report);
  console.log('\nScale runs:');
  for (const scale of [report.scale, report.huge]) if (scale) printScaleNotes(scale);
  for (const preset of ['mobile', 'desktop'] as const) {
    const failing = report.lighthouse.app[preset].failing;
    if (failing.length > 0) console.log(`\nLighthouse ${preset}, audits of the app below 90 (median run): ${failing.join('; ')}`);
  }
}
