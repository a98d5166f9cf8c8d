'use server';

// The sources page's merge actions, in two steps: "review" checks the choice as the merge will and
// answers how many figures would move; "confirm" merges through lib/curation/merges.ts, one dataset
// revision signed by the account and its reason; "back" returns to the choice.
import { revalidatePath } from 'next/cache';
import { partyLabel, type MergeChoice, type MergeFormState } from '@/lib/admin/merge-form';
import { formText } from '@/lib/admin/record-form';
import type { Principal } from '@/lib/auth/guard';
import { guardedAction } from '@/lib/auth/page-guard';
import { mergeClaimants, mergePublishers, previewMerge, type PartyKind } from '@/lib/curation/merges';
import { NotFoundError, RuleError, ValidationError } from '@/lib/dataset/errors';
import { getWritePool } from '@/lib/dataset/pool';

/** The form's field for an error's field; a problem of the pair as a whole shows at the first choice. */
const formField = (field: string | null) => (field === 'intoId' || field === 'reason' ? field : 'fromId');

function refused(error: unknown, values: MergeChoice, reason: string): MergeFormState {
  const fieldErrors: Record<string, string> = {};
  if (error instanceof ValidationError) {
    for (const issue of error.issues) fieldErrors[formField(issue.field)] ??= issue.message;
    return { status: 'error', message: `Not merged: ${error.issues.map((i) => `${i.field} ${i.message}`).join('; ')}.`, fieldErrors, values, reason };
  }
  if (error instanceof RuleError || error instanceof NotFoundError) {
    const field = formField(error instanceof RuleError ? error.field : null);
    return { status: 'error', message: `Not merged: ${error.message}.`, fieldErrors: { [field]: error.message }, values, reason };
  }
  throw error;
}

async function mergeStep(kind: PartyKind, principal: Principal, formData: FormData | undefined): Promise<MergeFormState> {
  const values = { fromId: formText(formData, 'fromId'), intoId: formText(formData, 'intoId') };
  const reason = formText(formData, 'reason');
  const step = formText(formData, 'step');
  const ids = { fromId: Number(values.fromId), intoId: Number(values.intoId) };
  if (step === 'back') return { status: 'idle', values, reason };
  try {
    if (step === 'confirm') {
      const merge = kind === 'claimant' ? mergeClaimants : mergePublishers;
      const result = await merge(getWritePool(), { actor: { userId: principal.userId, name: principal.name }, reason, ...ids });
      revalidatePath('/', 'layout');
      return { status: 'ok', message: `Merged in revision ${result.revision}: ${result.figuresMoved} figure${result.figuresMoved === 1 ? '' : 's'} moved.` };
    }
    if (reason.trim() === '') {
      return { status: 'error', message: 'Not merged: say why first.', fieldErrors: { reason: 'reason is empty; say why the data changes (it is shown with the change)' }, values, reason };
    }
    const preview = await previewMerge(getWritePool(), kind, ids);
    return { status: 'confirm', values, reason, fromName: partyLabel(preview.from), intoName: partyLabel(preview.into), figures: preview.figures };
  } catch (error) {
    return refused(error, values, reason);
  }
}

export const mergeClaimantsAction = guardedAction('editor', async (principal, _state: MergeFormState, formData: FormData) => mergeStep('claimant', principal, formData));

export const mergePublishersAction = guardedAction('editor', async (principal, _state: MergeFormState, formData: FormData) => mergeStep('publisher', principal, formData));
