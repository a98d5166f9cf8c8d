'use server';

// The series pages' server actions: create, edit and retire through lib/curation/series.ts
// (lib/admin/record-actions.ts runs them), validated by lib/dataset/series-input.ts.
import { recordActions } from '@/lib/admin/record-actions';
import { SERIES_CREATE_FIELDS, SERIES_EDIT_FIELDS, seriesInput } from '@/lib/admin/series-form';
import { guardedAction } from '@/lib/auth/page-guard';
import { createSeries, editSeries, retireSeries } from '@/lib/curation/series';

const series = recordActions({
  path: '/admin/series',
  createFields: SERIES_CREATE_FIELDS,
  editFields: SERIES_EDIT_FIELDS,
  input: seriesInput,
  create: (pool, curation, record) => createSeries(pool, { ...curation, series: record }),
  edit: editSeries,
  retire: retireSeries,
});

export const createSeriesAction = guardedAction('editor', series.create);
export const editSeriesAction = guardedAction('editor', series.edit);
export const retireSeriesAction = guardedAction('editor', series.retire);
