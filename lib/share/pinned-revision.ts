// The rev= of a page whose only state is its revision (the dashboard, a series page). It is read by
// the one URL state parser (lib/view-state.ts), so it accepts and refuses exactly what the explorer
// does, and migrates with it through v=. Other parameters, such as the tracking tags that sites add
// to links passing through them, are ignored without comment.
import { parseViewState, type RawParams } from '@/lib/view-state';

export interface PinnedRevision {
  rev: number | null;
  /** Why a rev= (or v=) in the link was ignored. */
  notices: string[];
}

function first(params: RawParams, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

export function parsePinnedRevision(params: RawParams): PinnedRevision {
  const picked: Record<string, string> = {};
  for (const key of ['rev', 'v']) {
    const value = first(params, key);
    if (value !== undefined) picked[key] = value;
  }
  const { state, notices } = parseViewState(picked, new Set());
  return { rev: state.rev, notices };
}
