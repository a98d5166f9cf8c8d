import { explorerExportResponse } from '@/lib/api/explorer-export';
import { apiRoute } from '@/lib/api/route';

export const GET = apiRoute(explorerExportResponse);
