import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { ExplorerIntro } from '@/components/explorer/explorer-intro';
import { ExplorerResults } from '@/components/explorer/explorer-results';
import { NoticeBanner } from '@/components/explorer/notice-banner';
import { RangeControls, type RangePresetLink } from '@/components/explorer/range-controls';
import { SegmentedLinks } from '@/components/explorer/segmented-links';
import { SeriesPicker } from '@/components/explorer/series-picker';
import { PinnedRevisionBanner } from '@/components/share/pinned-revision-banner';
import { ShareToolbar } from '@/components/share/share-toolbar';
import { isCurrentPreset, presetYears, rangePresets } from '@/lib/figures/explorer-range';
import { figureYears } from '@/lib/figures/explorer-series';
import { explorerShareProps } from '@/lib/share/explorer-share';
import { loadExplorerView } from '@/lib/share/explorer-view';
import { explorerMetadata } from '@/lib/share/metadata';
import { viewStateHref, type Mode, type View, type ViewState } from '@/lib/view-state';

const MODE_LABELS: Record<Mode, string> = { absolute: 'Values', change: 'Change', indexed: 'Index' };
const VIEW_LABELS: Record<View, string> = { chart: 'Chart', table: 'Table' };

const MODE_HELP: Record<Mode, string> = {
  absolute: 'Each figure as stated, with its qualifier.',
  change: 'Each source’s change from its first to its last figure in the range, listed under the chart.',
  indexed:
    'Each source’s figures against its own first stated value in the range, set to 100. A bound (more than, up to) is indexed against it but never serves as 100; a source that gives only bounds is listed as not drawn.',
};

/** The one-click spans: the last months and years to today, and the years the figures are drawn in. */
function rangePresetLinks(state: ViewState, years: number[]): RangePresetLink[] {
  const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  return rangePresets(today, presetYears(today, years)).map((preset) => ({
    label: preset.label,
    href: viewStateHref('/explore', { ...state, from: preset.from, to: preset.to }),
    current: isCurrentPreset(preset, state),
  }));
}

interface ExplorePageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ searchParams }: ExplorePageProps): Promise<Metadata> {
  return explorerMetadata(await searchParams);
}

export default async function ExplorePage({ searchParams }: ExplorePageProps) {
  await connection();
  const view = await loadExplorerView(await searchParams);
  const { state, shown, changedSince: changed } = view;
  const pinned = shown?.pinned ? shown : null;

  return (
      <div className="space-y-6">
        <div className="max-w-3xl">
          <h1 className="text-2xl font-bold tracking-tight text-zinc-950 sm:text-3xl dark:text-white">Compare figures over time</h1>
          <p className="mt-2 text-zinc-700 dark:text-zinc-300">
            How the figures moved, who said what when, and where sources disagree. Every view is its link: copy the address to
            share exactly what you see.{' '}
            <Link href="/explore/about" className="font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300">
              How the explorer draws figures
            </Link>
          </p>
        </div>

        <NoticeBanner notices={view.notices} cleanHref={viewStateHref('/explore', state)} />
        {pinned && changed !== null ? (
          <PinnedRevisionBanner
            revision={pinned}
            changedCount={changed}
            changesHref={viewStateHref('/changes', { ...state, from: null, to: null, mode: 'absolute', view: 'chart' })}
            latestHref={viewStateHref('/explore', { ...state, rev: null })}
          />
        ) : null}
        <ShareToolbar {...explorerShareProps(view)} />

        <section
          aria-label="Choose what to compare"
          className="space-y-4 rounded-xl border border-zinc-200 bg-white p-4 sm:p-5 dark:border-zinc-800 dark:bg-zinc-900"
        >
          <SeriesPicker state={state} selected={view.series} />
          <RangeControls state={state} presets={rangePresetLinks(state, figureYears(view.series, view.figures))} />
          <div className="flex flex-wrap gap-x-6 gap-y-3">
            <SegmentedLinks
              label="Show"
              options={(Object.keys(MODE_LABELS) as Mode[]).map((mode) => ({
                key: mode,
                label: MODE_LABELS[mode],
                href: viewStateHref('/explore', { ...state, mode }),
                current: state.mode === mode,
              }))}
            />
            <SegmentedLinks
              label="View"
              options={(Object.keys(VIEW_LABELS) as View[]).map((v) => ({
                key: v,
                label: VIEW_LABELS[v],
                href: viewStateHref('/explore', { ...state, view: v }),
                current: state.view === v,
              }))}
            />
          </div>
          <p className="text-xs text-zinc-600 dark:text-zinc-400">{MODE_HELP[state.mode]}</p>
        </section>

        {view.series.length === 0 ? (
          <ExplorerIntro examples={view.examples} />
        ) : (
          <ExplorerResults
            series={view.series}
            figures={view.figures}
            events={view.events}
            truncated={view.truncated}
            range={{ from: state.from, to: state.to }}
            mode={state.mode}
            view={state.view}
            rangeText={view.rangeText}
            tableHref={viewStateHref('/explore', { ...state, view: 'table' })}
          />
        )}
      </div>
  );
}
