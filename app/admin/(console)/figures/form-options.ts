// What the figure form offers to pick from: the series, the claimants and the publishers.
import { listClaimants } from '@/lib/queries/list-claimants';
import { listPublishers } from '@/lib/queries/list-publishers';
import { listSeries } from '@/lib/queries/list-series';

export async function figureFormOptions() {
  const [series, claimants, publishers] = await Promise.all([listSeries(), listClaimants(), listPublishers()]);
  return {
    series: series.map((s) => ({ slug: s.slug, title: s.title })),
    claimants: claimants.map((c) => c.name),
    publishers: publishers.map((p) => p.name),
  };
}
