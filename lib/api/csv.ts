// CSV downloads: one row per figure with its full citation, after a comment line that carries the
// permalink and dataset revision, so a file found on a desktop months later says where it came from.
//
// Spreadsheets run a cell that starts with =, +, - or @ as a formula (and some strip a leading tab or
// carriage return first), so such a cell gets a leading apostrophe and is read as text. A plain number
// such as "-12.5" is left alone: it is data, runs nothing, and must stay a number.
import { stringify } from 'csv-stringify/sync';
import { partialDateToIso } from '@/lib/figures/period';
import type { FigureView, PartialDate, SeriesView } from '@/lib/figures/types';

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

export const FIGURE_CSV_COLUMNS = [
  'series',
  'series_title',
  'unit',
  'value',
  'qualifier',
  'value_low',
  'value_high',
  'period_start',
  'period_end',
  'claimant',
  'claimant_org',
  'via',
  'publisher',
  'published_on',
  'title',
  'url',
  'quote',
  'note',
  'figure_id',
  'version',
  'revision',
] as const;

type FigureCsvRow = Record<(typeof FIGURE_CSV_COLUMNS)[number], string>;

const iso = (date: PartialDate | null) => (date ? partialDateToIso(date) : '');

function figureRow(series: SeriesView, figure: FigureView): FigureCsvRow {
  return {
    series: series.slug,
    series_title: series.title,
    unit: series.unit,
    value: figure.value,
    qualifier: figure.qualifier,
    value_low: figure.valueLow ?? '',
    value_high: figure.valueHigh ?? '',
    period_start: iso(figure.periodStart),
    period_end: iso(figure.periodEnd),
    claimant: figure.claimant.name,
    claimant_org: figure.claimant.organization,
    via: figure.via ?? '',
    publisher: figure.publisher.name,
    published_on: iso(figure.publishedOn),
    title: figure.publicationTitle ?? '',
    url: figure.url ?? '',
    quote: figure.quote ?? '',
    note: figure.note ?? '',
    figure_id: String(figure.figureId),
    version: String(figure.version),
    revision: String(figure.revision),
  };
}

const RECORD_DELIMITER = '\r\n';

/** A comment line for the top of a CSV; line breaks are folded so it stays one line. */
export function csvComment(text: string): string {
  return `# ${text.replace(/[\r\n]+/g, ' ')}${RECORD_DELIMITER}`;
}

export interface FiguresCsvInput {
  permalink: string;
  revision: number;
  /** More comment lines after the first, e.g. that the file holds only the latest figures. */
  notes?: readonly string[];
  /** The series of the figures, by slug. */
  series: ReadonlyMap<string, SeriesView>;
  figures: readonly FigureView[];
}

export function figuresCsv({ permalink, revision, notes = [], series, figures }: FiguresCsvInput): string {
  const rows = figures.map((figure) => {
    const seriesView = series.get(figure.seriesSlug);
    if (!seriesView) throw new Error(`figure ${figure.figureId} belongs to series "${figure.seriesSlug}", which was not given`);
    return figureRow(seriesView, figure);
  });
  const table = stringify(rows, {
    header: true,
    columns: [...FIGURE_CSV_COLUMNS],
    record_delimiter: RECORD_DELIMITER,
    cast: { string: neutraliseFormula },
    // Quoted, a cell starting with # cannot pass for a comment line in a parser told to skip them.
    quoted_match: /^#/,
  });
  return csvComment(`${permalink} (dataset revision ${revision})`) + notes.map(csvComment).join('') + table;
}

export function csvHeaders(filename: string): Record<string, string> {
  return {
    'Content-Disposition': `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`,
  };
}

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8; header=present';
