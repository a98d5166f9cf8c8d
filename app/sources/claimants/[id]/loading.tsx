import { LoadingPanel } from '@/components/loading-panel';

export default function ClaimantLoading() {
  return <LoadingPanel label="Loading the claimant’s figures" layout="series" />;
}
