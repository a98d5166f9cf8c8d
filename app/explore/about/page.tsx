import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = {
  title: 'How the explorer draws figures',
  description: 'What the marks, modes and panels of the explorer mean, and what it never does with the figures.',
};

const section = 'space-y-2';
const heading = 'text-lg font-semibold text-zinc-950 dark:text-white';

/** A static explainer: the rules the explorer follows, in words a reader can check the charts against. */
export default function ExploreAboutPage() {
  return (
    <article className="max-w-3xl space-y-6 text-zinc-800 dark:text-zinc-200">
      <div>
        <p className="text-sm">
          <Link href="/explore" className="text-sky-800 underline underline-offset-2 dark:text-sky-300">
            Back to the explorer
          </Link>
        </p>
        <h1 className="mt-2 text-2xl font-bold tracking-tight text-zinc-950 sm:text-3xl dark:text-white">How the explorer draws figures</h1>
        <p className="mt-2">
          Every number in the explorer is a claim someone made and someone published. The explorer compares those claims
          without turning them into something nobody said.
        </p>
      </div>
      <section className={section}>
        <h2 className={heading}>One panel per series</h2>
        <p>
          Each series is drawn in its own panel, on one shared time axis. Panels in the same unit share a value scale, so their
          heights compare; running totals and counts within a period never share one, and nothing is ever added up or stacked.
          A colour and marker stand for the same body (say, South Korea’s intelligence service) in every panel.
        </p>
      </section>
      <section className={section}>
        <h2 className={heading}>The marks</h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>A filled marker is a figure as stated; “about” figures carry a “~” in their label.</li>
          <li>An open marker with a line capped upwards is “more than” or “at least”: the true value may be higher. Capped downwards, it is “up to” or “less than”.</li>
          <li>A vertical bar through a marker is a stated range, from its low to its high.</li>
          <li>A horizontal bar is the time a figure covers: a figure known only to the month or year is spread across that month or year, and a count within a period across the whole period, never put on its first day.</li>
          <li>Numbered dashed lines are dated events, listed with their sources above the panels.</li>
        </ul>
      </section>
      <section className={section}>
        <h2 className={heading}>Values, change and index</h2>
        <p>
          <strong>Values</strong> shows each figure as stated. <strong>Change</strong> gives each source’s change from its first
          to its last figure in the range; the qualifiers carry through, so “more than 10,000” to “about 15,000” is “less than
          about +5,000”, marked as not exact. <strong>Index</strong> divides each source’s figures by its own first figure in
          the range; a source whose first figure is only a bound cannot be indexed, and says so. Estimates of different bodies
          are never subtracted from or divided by each other.
        </p>
      </section>
      <section className={section}>
        <h2 className={heading}>Competing estimates and repeats</h2>
        <p>
          Under the chart, estimates of the same series for the same time by different bodies are set side by side with their
          sources, and marked as compatible when every stated value allows the others. A later report of a claim the same
          claimant already made is a repeat: it is listed under the first report, not drawn again and not counted as a
          confirmation.
        </p>
      </section>
      <section className={section}>
        <h2 className={heading}>Links and tables</h2>
        <p>
          The address holds the whole view, so a copied link opens the same comparison. The table view lists exactly what the
          chart shows, every figure with its claimant, publisher, date, link, quote and note, including figures the chart
          cannot place in time and why.
        </p>
      </section>
    </article>
  );
}
