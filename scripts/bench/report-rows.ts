/**
 * The benchmark table's rows: each figure of the app, its baseline's from the same run, and the
 * target of issue 13, which is a ratio to the baseline where the issue says so.
 */
import { LABELS_ROW } from './sizes.ts';
import type { Report, ScaleReport } from './report-types.ts';
import { windowLinkRows } from './window-link.ts';

export interface Row {
  what: string;
  app: number;
  /** The baseline's figure: (a) for the story, (b) in a scale run; null where there is none. */
  base: number | null;
  target: string;
  met: ((app: number, base: number) => boolean) | null;
}

const row = (what: string, app: number, base: number | null, target = '', met: Row['met'] = null): Row => ({ what, app, base, target, met });
const atMost = (limit: number): Row['met'] => (app) => app <= limit;
const below = (limit: number): Row['met'] => (app) => app < limit;
const ratioAtMost = (limit: number): Row['met'] => (app, base) => app / base <= limit;

function sizeRows(report: Report): Row[] {
  const kb = (n: number) => n / 1024;
  return report.sizes.app.flatMap((size) => {
    const base = report.sizes.baseline.find((b) => b.what === size.what);
    if (size.files === 0 && base?.files === 0) return [];
    const limit = size.what === 'JavaScript loaded by index.html' ? 125 : size.what === LABELS_ROW ? 30 : null;
    return [row(`${size.what}, KB gzipped`, kb(size.gzip), base && base.files > 0 ? kb(base.gzip) : null, limit ? `≤ ${limit}` : '', limit ? atMost(limit) : null)];
  });
}

function lighthouseRows(report: Report): Row[] {
  return (['mobile', 'desktop'] as const).flatMap((preset) => {
    const [app, base] = [report.lighthouse.app[preset], report.lighthouse.baseline[preset]];
    const mobile = preset === 'mobile';
    const name = `Lighthouse ${preset} (median of ${app.runs})`;
    return [
      row(`${name}: Performance`, app.performance, base.performance, mobile ? '≥ 99' : '', mobile ? (v) => v >= 99 : null),
      row(`${name}: Accessibility`, app.accessibility, base.accessibility, mobile ? '100' : '', mobile ? (v) => v === 100 : null),
      row(`${name}: Best practices`, app.bestPractices, base.bestPractices, mobile ? '100' : '', mobile ? (v) => v === 100 : null),
      row(`${name}: SEO`, app.seo, base.seo, mobile ? '100' : '', mobile ? (v) => v === 100 : null),
      row(`${name}: FCP, ms`, app.fcpMs, base.fcpMs),
      row(`${name}: LCP, ms`, app.lcpMs, base.lcpMs, mobile ? '≤ 0.7×' : '', mobile ? ratioAtMost(0.7) : null),
      row(`${name}: TBT, ms`, app.tbtMs, base.tbtMs, mobile ? '≤ 50' : '', mobile ? atMost(50) : null),
      row(`${name}: CLS`, app.cls, base.cls, mobile ? '0' : '', mobile ? (v) => v === 0 : null),
      row(`${name}: Speed Index, ms`, app.speedIndexMs, base.speedIndexMs),
    ];
  });
}

function interactionRows(report: Report): Row[] {
  const { firstClickable: fc, toPassage, labels, tour } = report;
  const rows = [row(`Navigation to first clickable feature, median ms (${fc.app.count} loads)`, fc.app.medianMs, fc.baseline.medianMs, '≤ 1.5×', ratioAtMost(1.5))];
  for (const via of ['click', 'enter'] as const) {
    const [app, base] = [toPassage.app[via], toPassage.baseline[via]];
    const name = via === 'click' ? 'Click' : 'Enter';
    rows.push(row(`${name} to passage, median ms (${app.count} features; baseline ${base.count})`, app.medianMs, base.medianMs, '≤ 2×', ratioAtMost(2)));
    rows.push(row(`${name} to passage, worst ms`, app.worstMs, base.worstMs, '< 50', below(50)));
  }
  rows.push(row(`Label placement per view at 1280x800, median ms (${labels.count} views)`, labels.medianMs, null, '< 8', below(8)));
  rows.push(row('Label placement per view, worst ms', labels.worstMs, null, '< 8', below(8)));
  rows.push(row(`Tour key to passage, median ms (${tour.count} presses)`, tour.medianMs, null));
  rows.push(row('Tour key to passage, worst ms', tour.worstMs, null));
  for (const [what, app, , target, met] of windowLinkRows(report.windowLink)) rows.push(row(what, app, null, target, met));
  const find = report.findPlaces;
  rows.push(row(`Story editor: Find places on this article, median ms (${find.count} pages; ${find.places} places proposed)`, find.medianMs, null));
  return rows;
}

/** A scale run's rows against baseline (b); the targets only where `targets` (the 5,000-place run). */
function scaleRows(scale: ScaleReport, targets: boolean): Row[] {
  const { app, baseline } = scale;
  const name = `${scale.size.places} places + ${scale.size.flows} flows (${scale.features} features)`;
  const frames = `${app.pan?.count ?? 0} frames; baseline ${baseline.pan?.count ?? 0}`;
  return [
    row(`${name}: navigation to all drawn, ms`, app.drawnMs, baseline.drawnMs, targets ? '≤ 3×' : '', targets ? ratioAtMost(3) : null),
    row(`${name}: pan frame, median ms (${frames})`, app.pan?.medianMs ?? Number.NaN, baseline.pan?.medianMs ?? Number.NaN, targets ? '≤ 1.5×' : '', targets ? ratioAtMost(1.5) : null),
    row(`${name}: pan frame, 95th percentile ms`, app.pan?.p95Ms ?? Number.NaN, baseline.pan?.p95Ms ?? Number.NaN),
    row(`${name}: pan frame, worst ms`, app.pan?.worstMs ?? Number.NaN, baseline.pan?.worstMs ?? Number.NaN),
    row(`${name}: click on a feature in view to passage, ms`, app.openMs, baseline.openMs),
  ];
}

export function reportRows(report: Report): { story: Row[]; scale: Row[] } {
  return {
    story: [...sizeRows(report), ...lighthouseRows(report), ...interactionRows(report)],
    scale: [...scaleRows(report.scale, true), ...(report.huge ? scaleRows(report.huge, false) : [])],
  };
}
