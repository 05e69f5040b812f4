// A document's text with spans highlighted. Text goes in as React text nodes only: never as HTML.
import { Fragment, useMemo } from 'react';
import type { Highlight } from '../types.js';

export interface Segment {
  start: number;
  end: number;
  kinds: Set<Highlight['kind']>;
  refs: string[];
  labels: string[];
}

/** Cuts the text at every span boundary; each piece knows which spans cover it. */
export function segment(textLength: number, highlights: Highlight[]): Segment[] {
  const cuts = new Set<number>([0, textLength]);
  for (const h of highlights) {
    cuts.add(Math.max(0, Math.min(textLength, h.start)));
    cuts.add(Math.max(0, Math.min(textLength, h.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    if (end <= start) continue;
    const covering = highlights.filter((h) => h.start <= start && h.end >= end);
    segments.push({
      start,
      end,
      kinds: new Set(covering.map((h) => h.kind)),
      refs: covering.map((h) => h.ref),
      labels: [...new Set(covering.map((h) => h.label))],
    });
  }
  return segments;
}

export interface HighlightedTextProps {
  text: string;
  highlights: Highlight[];
  show: Record<Highlight['kind'], boolean>;
  /** Event id whose evidence is focused. */
  focus: string | null;
}

export function HighlightedText({ text, highlights, show, focus }: HighlightedTextProps) {
  const visible = useMemo(() => highlights.filter((h) => show[h.kind]), [highlights, show]);
  const segments = useMemo(() => segment(text.length, visible), [text, visible]);
  // One block with white-space: pre-wrap keeps the paragraphs and every offset as is.
  return (
    <div className={focus ? 'doc-text has-focus' : 'doc-text'} data-testid="document-text">
      {segments.map((seg) => {
        const piece = text.slice(seg.start, seg.end);
        if (seg.kinds.size === 0) return <Fragment key={seg.start}>{piece}</Fragment>;
        const classes = [...seg.kinds].map((k) => `hl-${k}`);
        if (focus && seg.refs.includes(focus)) classes.push('hl-focus');
        return (
          <mark key={seg.start} className={classes.join(' ')} title={seg.labels.join(' · ')} data-refs={seg.refs.join(' ')}>
            {piece}
          </mark>
        );
      })}
    </div>
  );
}
