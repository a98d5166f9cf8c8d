'use server';

// The headlines page's server action: the dashboard's headline series, in order, set through
// lib/curation/headlines.ts as one dataset revision signed by the account and its reason.
import { revalidatePath } from 'next/cache';
import type { HeadlinesFormState } from '@/lib/admin/headlines-form';
import { formText } from '@/lib/admin/record-form';
import { guardedAction } from '@/lib/auth/page-guard';
import { setHeadlines } from '@/lib/curation/headlines';
import { ConflictError, ValidationError } from '@/lib/dataset/errors';
import { getWritePool } from '@/lib/dataset/pool';

const slugList = (value: unknown) => (Array.isArray(value) && value.every((s) => typeof s === 'string') ? value : []);

export const setHeadlinesAction = guardedAction('editor', async (principal, _state: HeadlinesFormState, formData: FormData): Promise<HeadlinesFormState> => {
  const reason = formText(formData, 'reason');
  const slugs = formData instanceof FormData ? formData.getAll('slugs').filter((s) => typeof s === 'string') : [];
  const base = formText(formData, 'baseRevision');
  try {
    const result = await setHeadlines(getWritePool(), {
      actor: { userId: principal.userId, name: principal.name },
      reason,
      slugs,
      baseRevision: base === '' ? null : Number(base),
    });
    revalidatePath('/', 'layout');
    return result.revision === null
      ? { status: 'ok', message: 'The order is as it was, so nothing was written.', revision: null }
      : { status: 'ok', message: `Saved in revision ${result.revision}; the dashboard now leads with these ${slugs.length} series.`, revision: result.revision };
  } catch (error) {
    if (error instanceof ValidationError) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of error.issues) fieldErrors[issue.field === 'reason' ? 'reason' : 'slugs'] ??= `${issue.field} ${issue.message}`;
      return { status: 'error', message: `Not saved: ${error.issues.length} problem${error.issues.length === 1 ? '' : 's'} to fix.`, fieldErrors, reason };
    }
    if (error instanceof ConflictError) {
      const [change] = error.changes;
      return { status: 'conflict', message: error.message, currentRevision: error.currentVersion, base: slugList(change?.from), theirs: slugList(change?.to), reason };
    }
    throw error;
  }
});
