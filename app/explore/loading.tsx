import { LoadingPanel } from '@/components/loading-panel';

export default function ExploreLoading() {
  return <LoadingPanel label="Loading the explorer" layout="series" />;
}
