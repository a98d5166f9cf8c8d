'use server';

// The extraction assistant's server actions: propose candidate figures in an article's text (pasted,
// or read from its link on the server), and save the ones an editor accepted, all as one revision
// through the curation write path. Nothing is saved without an accept.
import { revalidatePath } from 'next/cache';
import { figureInput, readFigureForm } from '@/lib/admin/figure-form';
import type { Principal } from '@/lib/auth/guard';
import { guardedAction } from '@/lib/auth/page-guard';
import { createFigures, MAX_FIGURES_PER_CREATE } from '@/lib/curation/figures';
import { DuplicateError, ValidationError } from '@/lib/dataset/errors';
import { getWritePool } from '@/lib/dataset/pool';
import { ExtractionInputError, reviewFigures } from '@/lib/extraction/extract';
import { ArticleFetchError, fetchArticle, fetchSettingsFromEnv } from '@/lib/extraction/fetch-article';
import { listClaimants } from '@/lib/queries/list-claimants';
import { listRecordedFigures } from '@/lib/queries/list-recorded-figures';
import { listSeries } from '@/lib/queries/list-series';
import type { ProposeState, SaveState } from '@/lib/admin/extract-state';

const MAX_TEXT_CHARACTERS = 200_000;

/** A field of the form, trimmed; nothing when the action was called without a form. */
const text = (formData: FormData | undefined, name: string) => {
  const value = formData instanceof FormData ? formData.get(name) : null;
  return typeof value === 'string' ? value.trim() : '';
};

export const proposeFiguresAction = guardedAction('editor', async (_principal: Principal, _state: ProposeState, formData: FormData): Promise<ProposeState> => {
  let article = { text: text(formData, 'text'), published: text(formData, 'published'), publisher: text(formData, 'publisher'), url: text(formData, 'url') };
  const failed = (message: string): ProposeState => ({ status: 'error', message, article, candidates: [] });
  if (!article.text && !article.url) return failed('Paste the article’s text, or give its link.');
  if (!article.text) {
    try {
      const fetched = await fetchArticle(article.url, fetchSettingsFromEnv());
      article = { text: fetched.text, url: fetched.url, published: article.published || (fetched.published ?? ''), publisher: article.publisher || (fetched.publisher ?? '') };
    } catch (error) {
      if (error instanceof ArticleFetchError) return failed(`The link could not be read: ${error.message}`);
      throw error;
    }
  }
  if (article.text.length > MAX_TEXT_CHARACTERS) return failed(`The text is longer than ${MAX_TEXT_CHARACTERS.toLocaleString('en')} characters; paste a part of it.`);
  if (article.published && !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(article.published)) return failed('The published date must be YYYY, YYYY-MM or YYYY-MM-DD.');
  const [series, claimants, figures] = await Promise.all([listSeries(), listClaimants(), listRecordedFigures()]);
  try {
    const candidates = reviewFigures(article.text, { published: article.published || null, series, claimants, figures }).slice(0, MAX_FIGURES_PER_CREATE);
    return { status: 'ok', message: `${candidates.length} candidate figure${candidates.length === 1 ? '' : 's'} found.`, article, candidates };
  } catch (error) {
    if (error instanceof ExtractionInputError) return failed(error.message);
    throw error;
  }
});

export const saveAcceptedFiguresAction = guardedAction('editor', async (principal: Principal, _state: SaveState, formData: FormData): Promise<SaveState> => {
  const count = Math.min(Number(text(formData, 'count')) || 0, MAX_FIGURES_PER_CREATE);
  const accepted: number[] = [];
  for (let i = 0; i < count; i += 1) if (text(formData, `c${i}:decision`) === 'accept') accepted.push(i);
  if (accepted.length === 0) return { status: 'error', message: 'Accept at least one candidate: nothing is saved without an accept.' };
  const shared = { 'publisher.name': text(formData, 'publisher'), url: text(formData, 'url'), publishedOn: text(formData, 'published') };
  const figures = accepted.map((i) => figureInput({ ...readFigureForm(formData, `c${i}:`), ...shared }));
  try {
    const { revision, figureIds } = await createFigures(getWritePool(), {
      actor: { userId: principal.userId, name: principal.name },
      reason: text(formData, 'reason'),
      figures,
    });
    revalidatePath('/', 'layout');
    return { status: 'ok', message: `Saved ${figureIds.length} figure${figureIds.length === 1 ? '' : 's'} as revision ${revision}.`, figureIds };
  } catch (error) {
    if (error instanceof ValidationError) {
      // Problems name the accepted figure by its place among the accepted ones; say which candidate it is.
      const named = (field: string) =>
        /^figures\[\d+\]/.test(field)
          ? field.replace(/^figures\[(\d+)\]\.?/, (_m, k: string) => `candidate ${accepted[Number(k)] + 1} `)
          : field === 'reason' || field === 'figures'
            ? field
            : `candidate ${accepted[0] + 1} ${field}`;
      const problems = error.issues.map((issue) => `${named(issue.field).trim()}: ${issue.message}`);
      return { status: 'error', message: `Not saved: ${problems.join('; ')}` };
    }
    if (error instanceof DuplicateError) return { status: 'error', message: `Not saved: ${error.message}` };
    throw error;
  }
});
