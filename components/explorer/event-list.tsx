import type { EventMark } from '@/lib/figures/chart-events';
import { SourceLink } from './source-link';

export interface EventListProps {
  events: EventMark[];
}

/** The events drawn as numbered lines on the charts, each with its date and who reported it. */
export function EventList({ events }: EventListProps) {
  if (events.length === 0) return null;
  return (
    <div className="text-xs text-zinc-700 dark:text-zinc-300">
      <h3 className="font-semibold text-zinc-900 dark:text-zinc-100">Events on the charts</h3>
      {/* A numbered list, so the numbers on the chart lines are read out with each event. */}
      <ol data-testid="event-list" className="mt-1 list-decimal pl-5 marker:font-bold sm:columns-2 sm:gap-x-8">
        {events.map((event) => (
          <li key={event.slug} value={event.number} className="mb-0.5 break-inside-avoid">
            <b className="font-medium">{event.dateText}</b> · {event.title} (<SourceLink url={event.url} kind="report">{event.source}</SourceLink>)
          </li>
        ))}
      </ol>
    </div>
  );
}
