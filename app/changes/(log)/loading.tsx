import { LoadingPanel } from '@/components/loading-panel';

export default function ChangesLoading() {
  return <LoadingPanel label="Loading the changes" layout="list" />;
}
