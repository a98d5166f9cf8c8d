import { LoadingPanel } from '@/components/loading-panel';

export default function SourcesLoading() {
  return <LoadingPanel label="Loading the sources" layout="list" />;
}
