// Events on the charts: numbered in time across the whole view, and on each chart only those of its
// series' topic (or of none). Steps of the chart pipeline (explorer-series.ts).
import type { PanelEvent } from './chart-data';
import { formatDate, partialDateSpan, spansOverlap } from './explorer-range';
import type { PartialDate, SeriesView, Topic } from './types';

const DAY = 86_400_000;

export interface ExplorerEvent {
  slug: string;
  date: PartialDate;
  title: string;
  description: string;
  topics: Topic[];
  /** Who reported it, and where. */
  source: string;
  url: string | null;
}

/** An event as the list above the panels describes it. */
export interface EventMark extends PanelEvent {
  title: string;
  topics: Topic[];
  /** "18 Oct 2024", "Oct 2024" */
  dateText: string;
  source: string;
  url: string | null;
  description: string;
}

/** The events within the time axis, numbered in time; one known only to its month or year is a span. */
export function buildEvents(events: ExplorerEvent[], domain: [number, number]): EventMark[] {
  return events
    .map((event) => ({ event, span: partialDateSpan(event.date) }))
    .filter(({ span }) => spansOverlap(span, { start: domain[0], end: domain[1] }))
    .sort((a, b) => a.span.start - b.span.start || a.event.slug.localeCompare(b.event.slug))
    .map(({ event, span }, index) => ({
      number: index + 1,
      label: String(index + 1),
      slug: event.slug,
      title: event.title,
      topics: event.topics,
      dateText: formatDate(event.date),
      x: event.date.precision === 'day' ? span.start + DAY / 2 : Math.round((span.start + span.end) / 2),
      span: event.date.precision === 'day' ? null : [Math.max(span.start, domain[0]), Math.min(span.end, domain[1])],
      source: event.source,
      url: event.url,
      description: event.description,
    }));
}

/**
 * The events a panel shows: those of its topic, or of none. Lines closer than a few pixels would
 * print their numbers on top of each other, so a close neighbour's number joins the first label.
 */
export function panelEvents(events: EventMark[], series: Pick<SeriesView, 'topic'>, domain: [number, number]): PanelEvent[] {
  const close = (domain[1] - domain[0]) * 0.03;
  const shown = events.filter((e) => e.topics.length === 0 || e.topics.includes(series.topic));
  const result: PanelEvent[] = [];
  let anchor: PanelEvent | null = null;
  for (const event of shown) {
    const joins = anchor !== null && event.x - anchor.x < close;
    const mark: PanelEvent = { number: event.number, slug: event.slug, label: joins ? null : String(event.number), x: event.x, span: event.span };
    if (anchor && joins) anchor.label = `${anchor.label},${event.number}`;
    else anchor = mark;
    result.push(mark);
  }
  return result;
}
