import { LoadingPanel } from '@/components/loading-panel';

export default function DashboardLoading() {
  return <LoadingPanel label="Loading the dashboard" layout="charts" />;
}
