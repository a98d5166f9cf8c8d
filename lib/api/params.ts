// The query parameters of the data API as zod schemas. Each parses the text of one parameter into
// its typed value with a message that names what is allowed; the OpenAPI document describes the
// parameters from these same schemas (their output side: an integer, a date pattern, an enum).
import { z } from 'zod';
import { parsePartialDate } from '@/lib/figures/period';
import { MAX_SERIES, MODES, VIEW_STATE_VERSION, VIEWS } from '@/lib/view-state';

export const MAX_PAGE_SIZE = 1000;
export const DEFAULT_PAGE_SIZE = 100;
/** Postgres' `integer`: ids and revisions beyond it cannot name a row. */
const MAX_ID = 2_147_483_647;

function wholeNumber(min: number, max: number, what: string) {
  const message = `must be ${what}, a whole number from ${min} to ${max}`;
  return z
    .string()
    .regex(/^\d{1,16}$/, { message, abort: true })
    .transform(Number)
    .pipe(z.number().int().min(min, message).max(max, message));
}

const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD', abort: true })
  .superRefine((text, ctx) => {
    const parsed = parsePartialDate(text);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.reason });
  });

export const limitParam = wholeNumber(1, MAX_PAGE_SIZE, 'the page size')
  .default(DEFAULT_PAGE_SIZE)
  .meta({ description: `How many items to return, at most ${MAX_PAGE_SIZE}.` });

export const offsetParam = wholeNumber(0, MAX_ID, 'the number of items to skip')
  .default(0)
  .meta({ description: 'How many items to skip; follow `page.next` rather than computing it.' });

export const revParam = wholeNumber(1, MAX_ID, 'a dataset revision')
  .optional()
  .meta({
    description:
      'Show the data as it stood at this dataset revision (see /api/v1/revisions). Omitted: the latest data. ' +
      'A revision after the latest one is an error.',
  });

export const fromParam = partialDate.optional().meta({
  description:
    'Keep figures whose span in time reaches into the range starting at this date (YYYY, YYYY-MM or YYYY-MM-DD, ' +
    'covering its whole year, month or day). A running total, level or target spans its "as of" date; a flow, rate ' +
    'or change its whole period, as the explorer draws them. Figures with no usable date are left out when a range is given.',
});

export const toParam = partialDate.optional().meta({
  description: 'Keep figures whose span in time reaches into the range ending with this year, month or day.',
});

export const claimantParam = wholeNumber(1, MAX_ID, 'a claimant id').optional().meta({
  description: 'Keep the figures of one claimant (an id from /api/v1/claimants).',
});

export const publisherParam = wholeNumber(1, MAX_ID, 'a publisher id').optional().meta({
  description: 'Keep the figures of one publisher (an id from /api/v1/publishers).',
});

export const formatParam = z
  .enum(['json', 'csv'], 'must be json or csv')
  .default('json')
  .meta({ description: 'json (paged) or csv (every matching figure, with citations).' });

export const listQuery = z.strictObject({ limit: limitParam, offset: offsetParam });

const figureFilters = {
  rev: revParam,
  from: fromParam,
  to: toParam,
  claimant: claimantParam,
  publisher: publisherParam,
};

export const figuresQuery = z.strictObject({ ...figureFilters, limit: limitParam, offset: offsetParam, format: formatParam });
export const figuresCsvQuery = z.strictObject(figureFilters);
export type FigureFilterParams = z.output<typeof figuresCsvQuery>;

/** For endpoints that take no query parameters: anything given is refused, not ignored. */
export const noQuery = z.strictObject({});

export const importQuery = z.strictObject({
  dry_run: z
    .enum(['1', '0', 'true', 'false'], 'must be 1 or 0')
    .optional()
    .transform((value) => value === '1' || value === 'true')
    .meta({ description: 'With 1, nothing is written: the answer says what the files would create, correct and retire, and lists each correction field by field.' }),
});

/**
 * The explorer's URL state, for the document only: the export reads it with parseViewState
 * (lib/view-state.ts), the one parser of that state, which also migrates links of older formats.
 */
export const explorerStateQuery = z.strictObject({
  s: z
    .string()
    .meta({ description: `Series slugs in view, comma-separated, in the order shown; at most ${MAX_SERIES}.` }),
  from: partialDate.optional().meta({
    description:
      'Start of the range in view (YYYY, YYYY-MM or YYYY-MM-DD); figures that cannot be placed in time stay in the file, ' +
      'as the page lists them as not drawn.',
  }),
  to: partialDate.optional().meta({ description: 'End of the range in view.' }),
  mode: z.enum(MODES).optional().meta({ description: 'How the explorer draws the series; the CSV always holds the figures as stated.' }),
  view: z.enum(VIEWS).optional().meta({ description: 'Chart or table; does not change the CSV.' }),
  rev: revParam,
  v: z.literal(VIEW_STATE_VERSION).optional().meta({ description: 'The version of the link format; links of older versions are migrated.' }),
});
