/**
 * The report's two charts as plain shapes (rectangles, lines, text) in a fixed coordinate box. The
 * HTML renderer writes them as inline SVG and the PDF renderer draws the same shapes, so both formats
 * show the same chart. Coordinates are rounded to a tenth, which keeps the output byte-stable.
 * Amounts become numbers here only to place pixels; no figure is computed from them.
 */
import { Money } from '@fund-ledger/domain';
import type { CapChartBlock, MoneyInChartBlock } from './report-document.blocks';
import { formatReportShare } from './locale-format';
import type { ReportLanguage } from './report-labels';

export type ChartShape =
  | {
      readonly kind: 'rect';
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
      readonly fill: string;
    }
  | {
      readonly kind: 'polyline';
      readonly points: readonly (readonly [number, number])[];
      readonly stroke: string;
      readonly strokeWidth: number;
      readonly dashed: boolean;
    }
  | {
      readonly kind: 'circle';
      readonly cx: number;
      readonly cy: number;
      readonly r: number;
      readonly fill: string;
    }
  | {
      readonly kind: 'text';
      readonly x: number;
      readonly y: number;
      readonly text: string;
      readonly anchor: 'start' | 'middle' | 'end';
      readonly size: number;
      readonly fill: string;
    };

export interface ChartFigure {
  readonly title: string;
  /** The chart in words: its alternative text. */
  readonly description: string;
  readonly width: number;
  readonly height: number;
  readonly shapes: readonly ChartShape[];
}

export const CHART_COLORS = {
  public: '#1f5fa8',
  private: '#e08a1e',
  cap: '#c0392b',
  grid: '#d5d9de',
  axis: '#4a4f55',
  text: '#2b2f33',
} as const;

const WIDTH = 720;
const HEIGHT = 260;
const PLOT = { left: 78, right: 700, top: 34, bottom: 212 } as const;
const GRID_LINES = 4;
const X_LABELS_MAX = 12;

function tenth(value: number): number {
  return Math.round(value * 10) / 10;
}

function line(x1: number, y1: number, x2: number, y2: number, stroke: string, dashed = false): ChartShape {
  return {
    kind: 'polyline',
    points: [
      [tenth(x1), tenth(y1)],
      [tenth(x2), tenth(y2)],
    ],
    stroke,
    strokeWidth: 1,
    dashed,
  };
}

function text(
  x: number,
  y: number,
  content: string,
  anchor: 'start' | 'middle' | 'end',
  size = 10,
): ChartShape {
  return { kind: 'text', x: tenth(x), y: tenth(y), text: content, anchor, size, fill: CHART_COLORS.text };
}

function legend(entries: readonly (readonly [string, string, boolean])[]): ChartShape[] {
  const shapes: ChartShape[] = [];
  let x = PLOT.left;
  for (const [label, color, asLine] of entries) {
    shapes.push(
      asLine
        ? {
            kind: 'polyline',
            points: [
              [x, 14],
              [x + 14, 14],
            ],
            stroke: color,
            strokeWidth: 2,
            dashed: true,
          }
        : { kind: 'rect', x, y: 8, width: 12, height: 12, fill: color },
    );
    shapes.push(text(x + 18, 18, label, 'start'));
    x += 26 + label.length * 6.5;
  }
  return shapes;
}

/** A round axis maximum at or above the largest value: 1, 2, 2.5 or 5 times a power of ten. */
function niceMaximum(largest: Money): Money {
  if (largest.lte(0)) return new Money(1);
  const magnitude = new Money(10).pow(largest.log(10).floor());
  for (const step of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    const candidate = magnitude.times(step);
    if (candidate.gte(largest)) return candidate;
  }
  return magnitude.times(10);
}

function xLabelEvery(count: number): number {
  return Math.max(1, Math.ceil(count / X_LABELS_MAX));
}

function shortAmount(amount: Money, language: ReportLanguage): string {
  const whole = amount
    .toDecimalPlaces(0)
    .toFixed(0)
    .replace(/\B(?=(\d{3})+(?!\d))/g, language === 'de' ? '.' : ',');
  return language === 'de' ? `${whole} €` : `€${whole}`;
}

export function moneyInFigure(block: MoneyInChartBlock, language: ReportLanguage): ChartFigure {
  const largest = block.months.reduce(
    (max, month) => Money.max(max, month.public, month.private),
    new Money(0),
  );
  const maximum = niceMaximum(largest);
  const plotHeight = PLOT.bottom - PLOT.top;
  const slot = (PLOT.right - PLOT.left) / Math.max(block.months.length, 1);
  const barWidth = Math.max(1, Math.min(18, slot * 0.36));
  const shapes: ChartShape[] = [];
  for (let index = 0; index <= GRID_LINES; index += 1) {
    const y = PLOT.bottom - (plotHeight * index) / GRID_LINES;
    shapes.push(line(PLOT.left, y, PLOT.right, y, CHART_COLORS.grid));
    shapes.push(
      text(
        PLOT.left - 6,
        y + 3.5,
        shortAmount(maximum.times(index).dividedBy(GRID_LINES), language),
        'end',
        9,
      ),
    );
  }
  const every = xLabelEvery(block.months.length);
  const withPrivate = block.privateLabel !== null;
  block.months.forEach((month, index) => {
    const center = PLOT.left + slot * (index + 0.5);
    const bars: (readonly [string, string, number])[] = withPrivate
      ? [
          [month.public, CHART_COLORS.public, -barWidth],
          [month.private, CHART_COLORS.private, 0],
        ]
      : [[month.public, CHART_COLORS.public, -barWidth / 2]];
    for (const [value, color, offset] of bars) {
      const height = new Money(value).dividedBy(maximum).toNumber() * plotHeight;
      shapes.push({
        kind: 'rect',
        x: tenth(center + offset),
        y: tenth(PLOT.bottom - height),
        width: tenth(barWidth),
        height: tenth(height),
        fill: color,
      });
    }
    if (index % every === 0) shapes.push(text(center, PLOT.bottom + 16, month.label, 'middle', 9));
  });
  shapes.push(line(PLOT.left, PLOT.bottom, PLOT.right, PLOT.bottom, CHART_COLORS.axis));
  shapes.push(
    ...legend([
      [block.publicLabel, CHART_COLORS.public, false],
      ...(block.privateLabel === null ? [] : [[block.privateLabel, CHART_COLORS.private, false] as const]),
    ]),
  );
  return { title: block.title, description: block.description, width: WIDTH, height: HEIGHT, shapes };
}

export function capFigure(block: CapChartBlock, language: ReportLanguage): ChartFigure {
  const largest = block.points.reduce(
    (max, point) => Money.max(max, point.share ?? 0, point.cap ?? 0),
    new Money(0),
  );
  const maximum = largest.gt(1) ? largest.toDecimalPlaces(1, Money.ROUND_UP) : new Money(1);
  const plotHeight = PLOT.bottom - PLOT.top;
  const step = (PLOT.right - PLOT.left) / Math.max(block.points.length, 1);
  const yOf = (share: string) => PLOT.bottom - new Money(share).dividedBy(maximum).toNumber() * plotHeight;
  const xOf = (index: number) => PLOT.left + step * (index + 0.5);
  const shapes: ChartShape[] = [];
  for (let index = 0; index <= GRID_LINES; index += 1) {
    const y = PLOT.bottom - (plotHeight * index) / GRID_LINES;
    const share = maximum.times(index).dividedBy(GRID_LINES).toFixed(4);
    shapes.push(line(PLOT.left, y, PLOT.right, y, CHART_COLORS.grid));
    shapes.push(text(PLOT.left - 6, y + 3.5, formatReportShare(share, language), 'end', 9));
  }
  shapes.push(
    ...seriesShapes(
      block.points.map((point) => point.cap),
      xOf,
      yOf,
      CHART_COLORS.cap,
      true,
      step,
    ),
  );
  shapes.push(
    ...seriesShapes(
      block.points.map((point) => point.share),
      xOf,
      yOf,
      CHART_COLORS.public,
      false,
      step,
    ),
  );
  const every = xLabelEvery(block.points.length);
  block.points.forEach((point, index) => {
    if (index % every === 0) shapes.push(text(xOf(index), PLOT.bottom + 16, point.label, 'middle', 9));
  });
  shapes.push(line(PLOT.left, PLOT.bottom, PLOT.right, PLOT.bottom, CHART_COLORS.axis));
  shapes.push(
    ...legend([
      [block.shareLabel, CHART_COLORS.public, false],
      [block.capLabel, CHART_COLORS.cap, true],
    ]),
  );
  return { title: block.title, description: block.description, width: WIDTH, height: HEIGHT, shapes };
}

/**
 * A line through the values, broken where a value is missing (nothing spent yet). The cap is drawn as
 * steps across each point's slot, because it holds from one month end to the next; the share is drawn
 * point to point, with a dot on each value.
 */
function seriesShapes(
  values: readonly (string | null)[],
  xOf: (index: number) => number,
  yOf: (value: string) => number,
  color: string,
  asSteps: boolean,
  step: number,
): ChartShape[] {
  const shapes: ChartShape[] = [];
  let run: [number, number][] = [];
  const flush = () => {
    if (run.length > 1)
      shapes.push({ kind: 'polyline', points: run, stroke: color, strokeWidth: 2, dashed: asSteps });
    run = [];
  };
  values.forEach((value, index) => {
    if (value === null) return flush();
    const y = tenth(yOf(value));
    if (asSteps) {
      run.push([tenth(xOf(index) - step / 2), y], [tenth(xOf(index) + step / 2), y]);
    } else {
      run.push([tenth(xOf(index)), y]);
      shapes.push({ kind: 'circle', cx: tenth(xOf(index)), cy: y, r: 2.5, fill: color });
    }
  });
  flush();
  return shapes;
}
