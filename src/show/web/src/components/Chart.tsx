// A uPlot chart that follows its container's width.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartProps {
  /** Builds the options for a width (height is fixed by `height`). */
  options: (width: number) => Omit<uPlot.Options, 'width' | 'height'>;
  data: uPlot.AlignedData;
  height?: number;
  label: string;
  testId?: string;
}

export function Chart({ options, data, height = 260, label, testId }: ChartProps) {
  const holder = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);

  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    const width = Math.max(280, element.clientWidth);
    plot.current = new uPlot({ ...options(width), width, height }, data, element);
    const observer = new ResizeObserver(() => {
      const w = Math.max(280, element.clientWidth);
      if (plot.current && Math.abs(plot.current.width - w) > 2) plot.current.setSize({ width: w, height });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.current?.destroy();
      plot.current = null;
    };
  }, [options, data, height]);

  return <div className="chart" ref={holder} role="img" aria-label={label} data-testid={testId} />;
}

/** Dates (YYYY[-MM[-DD]]) to uPlot's seconds. */
export function toSeconds(date: string): number {
  const full = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date.slice(0, 10);
  return Date.parse(`${full}T00:00:00Z`) / 1000;
}

export const palette = {
  ink: '#1f2a37',
  muted: '#6b7280',
  grid: '#e7e5e0',
  accent: '#2f5d8a',
  band: 'rgba(47, 93, 138, 0.14)',
  risk: '#b4534a',
  amber: '#c08a2e',
  green: '#4f7a5a',
};

export const axisStyle = {
  stroke: palette.muted,
  grid: { stroke: palette.grid, width: 1 },
  ticks: { stroke: palette.grid, width: 1 },
  font: '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
};
