import Link from 'next/link';
import type { TopicGroup } from '@/lib/queries/list-topic-groups';
import { SeriesList } from './series-list';

export interface SeriesIndexProps {
  topics: TopicGroup[];
  /** The address of a topic's own page, which lists all its series. */
  topicHref: (topic: TopicGroup['topic']) => string;
  headingLevel?: 'h2' | 'h3';
}

const COUNT = new Intl.NumberFormat('en-GB');

/** The first series of each topic, and a link to all of the topic's series on its own pages. */
export function SeriesIndex({ topics, topicHref, headingLevel: Heading = 'h3' }: SeriesIndexProps) {
  return (
    // Columns rather than a grid: topics differ a lot in length, and columns leave no holes.
    <div className="gap-6 sm:columns-2 lg:columns-3">
      {topics.map(({ topic, series, total }) => (
        <section key={topic} aria-labelledby={`topic-${topic}`} data-testid="topic-group" className="mb-6 break-inside-avoid">
          <Heading id={`topic-${topic}`} className="mb-2 text-sm font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
            {topic}
          </Heading>
          <SeriesList series={series} />
          <p className="mt-2 text-sm">
            <Link href={topicHref(topic)} data-testid="topic-link" className="font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300">
              {total === 1 ? `The 1 series in ${topic}` : `All ${COUNT.format(total)} series in ${topic}`}
            </Link>
            {total > series.length ? <span className="text-zinc-600 dark:text-zinc-400">{` (${COUNT.format(series.length)} shown here)`}</span> : null}
          </p>
        </section>
      ))}
    </div>
  );
}
