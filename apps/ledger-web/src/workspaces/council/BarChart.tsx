/**
 * A bar chart drawn as SVG, always followed by the table of its data (for screen readers and
 * printing). Colours come from CSS classes, and the bars of each series differ in pattern as well, so
 * colour is never the only difference.
 */
import Decimal from 'decimal.js';
import type { ReactNode } from 'react';

export interface ChartSeries {
  readonly key: string;
  readonly label: string;
}

export interface ChartGroup {
  readonly key: string;
  readonly label: string;
  /** One value per series, as decimal strings. */
  readonly values: readonly string[];
}

const WIDTH = 720;
const HEIGHT = 240;
const PLOT_TOP = 16;
const PLOT_BOTTOM = 200;
const PLOT_LEFT = 8;

export function BarChart({
  title,
  series,
  groups,
  describe,
  limit,
}: {
  title: string;
  series: readonly ChartSeries[];
  groups: readonly ChartGroup[];
  /** A short description of what the chart shows, read by screen readers. */
  describe: string;
  /** A horizontal line, e.g. the cap of the public share. */
  limit?: { readonly value: string; readonly label: string };
}): ReactNode {
  const values = groups.flatMap((group) => group.values.map((value) => new Decimal(value)));
  const max = Decimal.max(1e-9, limit === undefined ? 0 : new Decimal(limit.value), ...values);
  const slot = (WIDTH - PLOT_LEFT) / Math.max(groups.length, 1);
  const barWidth = Math.max(2, (slot * 0.8) / Math.max(series.length, 1));
  const y = (value: Decimal) =>
    PLOT_BOTTOM -
    value
      .dividedBy(max)
      .times(PLOT_BOTTOM - PLOT_TOP)
      .toNumber();
  return (
    <figure className="bar-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`${title}. ${describe}`}
        focusable="false"
      >
        <line x1={PLOT_LEFT} x2={WIDTH} y1={PLOT_BOTTOM} y2={PLOT_BOTTOM} className="bar-chart__axis" />
        {groups.map((group, groupIndex) => (
          <g key={group.key}>
            {group.values.map((value, seriesIndex) => {
              const top = y(new Decimal(value));
              return (
                <rect
                  key={series[seriesIndex]?.key ?? seriesIndex}
                  className={`bar-chart__bar bar-chart__bar--${seriesIndex}`}
                  x={PLOT_LEFT + groupIndex * slot + slot * 0.1 + seriesIndex * barWidth}
                  y={top}
                  width={barWidth - 1}
                  height={Math.max(0, PLOT_BOTTOM - top)}
                />
              );
            })}
            <text
              className="bar-chart__label"
              x={PLOT_LEFT + groupIndex * slot + slot / 2}
              y={PLOT_BOTTOM + 18}
              textAnchor="middle"
            >
              {group.label}
            </text>
          </g>
        ))}
        {limit === undefined ? null : (
          <g>
            <line
              x1={PLOT_LEFT}
              x2={WIDTH}
              y1={y(new Decimal(limit.value))}
              y2={y(new Decimal(limit.value))}
              className="bar-chart__limit"
            />
            <text
              className="bar-chart__label"
              x={WIDTH - 4}
              y={y(new Decimal(limit.value)) - 4}
              textAnchor="end"
            >
              {limit.label}
            </text>
          </g>
        )}
      </svg>
      <figcaption className="bar-chart__legend">
        {series.map((item, index) => (
          <span key={item.key} className="bar-chart__legend-item">
            <svg width="14" height="14" aria-hidden="true" focusable="false">
              <rect className={`bar-chart__bar bar-chart__bar--${index}`} width="14" height="14" />
            </svg>
            {item.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
