'use server';

// The figure pages' server actions: create, edit and retire through lib/curation, each one dataset
// revision signed by the account and its reason. Validation is the importer's (lib/dataset/figure-input.ts);
// its per-field issues go back to the form.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { conflictChanges, figureInput, readFigureForm, type FigureFormState, type FigureFormValues } from '@/lib/admin/figure-form';
import { guardedAction } from '@/lib/auth/page-guard';
import type { Principal } from '@/lib/auth/guard';
import { createFigure, editFigure, retireFigure } from '@/lib/curation/figures';
import { ConflictError, DuplicateError, NotFoundError, ValidationError } from '@/lib/dataset/errors';
import { getWritePool } from '@/lib/dataset/pool';

/** A field of the form; nothing when the action was called without a form. */
const text = (formData: FormData | undefined, name: string) => {
  const value = formData instanceof FormData ? formData.get(name) : null;
  return typeof value === 'string' ? value : '';
};

const curation = (principal: Principal, reason: string) => ({ actor: { userId: principal.userId, name: principal.name }, reason });

/** A refusal as the form shows it; anything unexpected is thrown on. */
function refused(error: unknown, values: FigureFormValues, reason: string): FigureFormState {
  if (error instanceof ValidationError) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of error.issues) fieldErrors[issue.field] ??= `${issue.field} ${issue.message}`;
    return { status: 'error', message: `Not saved: ${error.issues.length} problem${error.issues.length === 1 ? '' : 's'} to fix.`, fieldErrors, values, reason };
  }
  if (error instanceof ConflictError) {
    return { status: 'conflict', message: error.message, currentVersion: error.currentVersion, changes: conflictChanges(error.changes, values), values, reason };
  }
  if (error instanceof DuplicateError || error instanceof NotFoundError) return { status: 'error', message: `Not saved: ${error.message}`, fieldErrors: {}, values, reason };
  throw error;
}

function whole(formData: FormData, name: string): number {
  return Number(text(formData, name));
}

export const createFigureAction = guardedAction('editor', async (principal, _state: FigureFormState, formData: FormData): Promise<FigureFormState> => {
  const values = readFigureForm(formData);
  const reason = text(formData, 'reason');
  let figureId: number;
  try {
    figureId = (await createFigure(getWritePool(), { ...curation(principal, reason), figure: figureInput(values) })).figureId;
  } catch (error) {
    return refused(error, values, reason);
  }
  revalidatePath('/', 'layout');
  redirect(`/admin/figures/${figureId}?saved=1`);
});

export const editFigureAction = guardedAction('editor', async (principal, _state: FigureFormState, formData: FormData): Promise<FigureFormState> => {
  const values = readFigureForm(formData);
  const reason = text(formData, 'reason');
  const figureId = whole(formData, 'figureId');
  try {
    const changes = figureInput(values);
    delete changes.seriesSlug;
    const result = await editFigure(getWritePool(), { ...curation(principal, reason), figureId, baseVersion: whole(formData, 'baseVersion'), changes });
    revalidatePath('/', 'layout');
    return result.revision === null
      ? { status: 'ok', message: 'Nothing changed, so nothing was written.' }
      : { status: 'ok', message: `Saved as version ${result.version} in revision ${result.revision}.` };
  } catch (error) {
    return refused(error, values, reason);
  }
});

export const retireFigureAction = guardedAction('editor', async (principal, _state: FigureFormState, formData: FormData): Promise<FigureFormState> => {
  const reason = text(formData, 'reason');
  const values = readFigureForm(formData);
  try {
    const result = await retireFigure(getWritePool(), { ...curation(principal, reason), figureId: whole(formData, 'figureId'), baseVersion: whole(formData, 'baseVersion') });
    revalidatePath('/', 'layout');
    return { status: 'ok', message: result.revision === null ? 'The figure was already retired.' : `Retired in revision ${result.revision}.` };
  } catch (error) {
    return refused(error, values, reason);
  }
});
