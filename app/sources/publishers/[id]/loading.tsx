import { LoadingPanel } from '@/components/loading-panel';

export default function PublisherLoading() {
  return <LoadingPanel label="Loading the publisher’s figures" layout="series" />;
}
