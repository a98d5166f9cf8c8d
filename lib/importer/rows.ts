// A CSV row is a figure, series or event in spreadsheet clothes: its columns are mapped onto the
// fields of the one schema every write uses (lib/dataset/*-input.ts), and each issue is mapped back
// onto its column, so a problem still reads "row 17, column value_low: ...".
import { parseEventInput, type EventDraft } from '@/lib/dataset/event-input';
import { parseFigureInput, type FigureDraft, type FigureField } from '@/lib/dataset/figure-input';
import { parseSeriesInput, type SeriesDraft } from '@/lib/dataset/series-input';
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

type Cells = Record<string, string>;
const cell = (values: Cells, column: string) => values[column] ?? '';

export function validateFigureRow(rowNumber: number, values: Cells): { row?: FigureDraft; issues: RowIssue[] } {
  const result = parseFigureInput(
    {
      seriesSlug: cell(values, 'series'),
      value: cell(values, 'value'),
      qualifier: cell(values, 'qualifier'),
      valueLow: cell(values, 'value_low'),
      valueHigh: cell(values, 'value_high'),
      periodStart: cell(values, 'period_start'),
      periodEnd: cell(values, 'period_end'),
      claimant: { name: cell(values, 'claimant'), organization: cell(values, 'claimant_org') },
      via: cell(values, 'via'),
      publisher: { name: cell(values, 'publisher') },
      publishedOn: cell(values, 'published_on'),
      url: cell(values, 'url'),
      publicationTitle: cell(values, 'title'),
      quote: cell(values, 'quote'),
      note: cell(values, 'note'),
    },
    figureColumn,
  );
  if (!result.ok) return { issues: result.issues.map((issue) => ({ row: rowNumber, column: figureColumn(issue.field), message: issue.message })) };
  return { row: result.figure, issues: [] };
}

export function validateSeriesRow(rowNumber: number, values: Cells): { row?: SeriesDraft; issues: RowIssue[] } {
  const result = parseSeriesInput({
    slug: cell(values, 'slug'),
    title: cell(values, 'title'),
    unit: cell(values, 'unit'),
    topic: cell(values, 'topic'),
    kind: cell(values, 'kind'),
    description: cell(values, 'description'),
  });
  if (!result.ok) return { issues: result.issues.map((issue) => ({ row: rowNumber, column: issue.field, message: issue.message })) };
  return { row: result.series, issues: [] };
}

export function validateEventRow(rowNumber: number, values: Cells): { row?: EventDraft; issues: RowIssue[] } {
  const result = parseEventInput({
    slug: cell(values, 'slug'),
    date: cell(values, 'date'),
    title: cell(values, 'title'),
    description: cell(values, 'description'),
    topics: cell(values, 'topics'),
    source: cell(values, 'source'),
    url: cell(values, 'url'),
  });
  if (!result.ok) return { issues: result.issues.map((issue) => ({ row: rowNumber, column: issue.field, message: issue.message })) };
  return { row: result.event, issues: [] };
}
