// A CSV row is a figure, series or event in spreadsheet clothes: its columns are mapped onto the
// fields of the one schema every write uses (lib/dataset/*-input.ts), and each issue is mapped back
// onto its column, so a problem still reads "row 17, column value_low: ...".
import { parseEventInput, type EventDraft } from '@/lib/dataset/event-input';
import { parseFigureInput, type FigureDraft, type FigureField } from '@/lib/dataset/figure-input';
import { parseSeriesInput, type SeriesDraft } from '@/lib/dataset/series-input';
import type { Cells } from './csv';
import type { RowIssue } from './errors';

export const FIGURE_COLUMNS = {
  required: ['series', 'value', 'qualifier', 'claimant', 'publisher'],
  optional: [
    'value_low',
    'value_high',
    'period_start',
    'period_end',
    'claimant_org',
    'via',
    'published_on',
    'url',
    'title',
    'quote',
    'note',
  ],
} as const;

export const SERIES_COLUMNS = {
  required: ['slug', 'title', 'unit', 'topic', 'kind'],
  optional: ['description'],
} as const;

export const EVENT_COLUMNS = {
  required: ['slug', 'date', 'title', 'source'],
  optional: ['description', 'topics', 'url'],
} as const;

/** The column of each field of a figure. */
const FIGURE_COLUMN: Record<FigureField, string> = {
  seriesSlug: 'series',
  value: 'value',
  qualifier: 'qualifier',
  valueLow: 'value_low',
  valueHigh: 'value_high',
  periodStart: 'period_start',
  periodEnd: 'period_end',
  'claimant.name': 'claimant',
  'claimant.organization': 'claimant_org',
  via: 'via',
  'publisher.name': 'publisher',
  publishedOn: 'published_on',
  url: 'url',
  publicationTitle: 'title',
  quote: 'quote',
  note: 'note',
};

const figureColumn = (field: string) => FIGURE_COLUMN[field as FigureField] ?? field;

/** A row's cells: as the CSV reader hands them, or as a record of column to text. */
type Row = Cells | Record<string, string>;
const reader = (row: Row): Cells => (typeof row === 'function' ? row : (column) => row[column] ?? '');

export function validateFigureRow(rowNumber: number, row: Row): { row?: FigureDraft; issues: RowIssue[] } {
  const cell = reader(row);
  const result = parseFigureInput(
    {
      seriesSlug: cell('series'),
      value: cell('value'),
      qualifier: cell('qualifier'),
      valueLow: cell('value_low'),
      valueHigh: cell('value_high'),
      periodStart: cell('period_start'),
      periodEnd: cell('period_end'),
      claimant: { name: cell('claimant'), organization: cell('claimant_org') },
      via: cell('via'),
      publisher: { name: cell('publisher') },
      publishedOn: cell('published_on'),
      url: cell('url'),
      publicationTitle: cell('title'),
      quote: cell('quote'),
      note: cell('note'),
    },
    figureColumn,
  );
  if (!result.ok) return { issues: result.issues.map((issue) => ({ row: rowNumber, column: figureColumn(issue.field), message: issue.message })) };
  return { row: result.figure, issues: [] };
}

export function validateSeriesRow(rowNumber: number, row: Row): { row?: SeriesDraft; issues: RowIssue[] } {
  const cell = reader(row);
  const result = parseSeriesInput({
    slug: cell('slug'),
    title: cell('title'),
    unit: cell('unit'),
    topic: cell('topic'),
    kind: cell('kind'),
    description: cell('description'),
  });
  if (!result.ok) return { issues: result.issues.map((issue) => ({ row: rowNumber, column: issue.field, message: issue.message })) };
  return { row: result.series, issues: [] };
}

export function validateEventRow(rowNumber: number, row: Row): { row?: EventDraft; issues: RowIssue[] } {
  const cell = reader(row);
  const result = parseEventInput({
    slug: cell('slug'),
    date: cell('date'),
    title: cell('title'),
    description: cell('description'),
    topics: cell('topics'),
    source: cell('source'),
    url: cell('url'),
  });
  if (!result.ok) return { issues: result.issues.map((issue) => ({ row: rowNumber, column: issue.field, message: issue.message })) };
  return { row: result.event, issues: [] };
}
