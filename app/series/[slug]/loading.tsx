import { LoadingPanel } from '@/components/loading-panel';

export default function SeriesLoading() {
  return <LoadingPanel label="Loading the series" layout="series" />;
}
