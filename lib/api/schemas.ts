// The data API's JSON shapes as zod schemas: the handlers' types come from them, and the OpenAPI
// document (lib/openapi/document.ts) is generated from them, so the two cannot drift apart. Each
// shape is registered in `apiSchemas` under the name it has in the document's components.
import { z } from 'zod';
import { DATE_PRECISIONS, QUALIFIERS, SERIES_KINDS, TOPICS } from '@/lib/figures/types';
import type { ClaimantView, FigureView, PublisherView, SeriesView } from '@/lib/figures/types';
import type { ClaimantListItem } from '@/lib/queries/list-claimants';
import type { PublisherListItem } from '@/lib/queries/list-publishers';
import type { RevisionChange } from '@/lib/queries/list-revision-changes';
import type { RevisionSummary } from '@/lib/queries/revision-rows';
import type { SeriesListItem } from '@/lib/queries/list-series';
import { API_ERROR_CODES } from './errors';

export const apiSchemas = z.registry<{ id: string; description?: string }>();

const id = z.number().int().min(1);
const count = z.number().int().min(0);

export const partialDateSchema = z
  .object({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('The first day the date covers.'),
    precision: z.enum(DATE_PRECISIONS),
  })
  .register(apiSchemas, {
    id: 'PartialDate',
    description: 'A date known to its year, month or day: "2025" is { "date": "2025-01-01", "precision": "year" }.',
  });

export const claimantSchema = z
  .object({ id, name: z.string(), organization: z.string() })
  .register(apiSchemas, { id: 'Claimant', description: 'Who made a claim.' });

export const publisherSchema = z
  .object({ id, name: z.string() })
  .register(apiSchemas, { id: 'Publisher', description: 'Where a claim was published.' });

const decimal = z.string().regex(/^-?\d+(\.\d+)?$/);

export const figureSchema = z
  .object({
    figureId: id,
    versionId: id,
    version: id,
    seriesSlug: z.string(),
    value: decimal.describe('Exact decimal, as text: never rounded through floating point.'),
    qualifier: z.enum(QUALIFIERS),
    valueLow: decimal.nullable(),
    valueHigh: decimal.nullable(),
    periodStart: partialDateSchema.nullable(),
    periodEnd: partialDateSchema.nullable(),
    claimant: claimantSchema,
    via: z.string().nullable(),
    publisher: publisherSchema,
    url: z.string().nullable(),
    publicationTitle: z.string().nullable(),
    publishedOn: partialDateSchema.nullable(),
    quote: z.string().nullable(),
    note: z.string().nullable(),
    revision: id.describe('The dataset revision that wrote this version.'),
  })
  .register(apiSchemas, { id: 'Figure', description: 'One claim with its full citation, as of the revision asked for.' });

export const seriesSchema = z
  .object({
    id,
    slug: z.string(),
    title: z.string(),
    unit: z.string(),
    topic: z.enum(TOPICS),
    kind: z.enum(SERIES_KINDS),
    description: z.string(),
  })
  .register(apiSchemas, { id: 'Series' });

export const seriesListItemSchema = seriesSchema
  .extend({ figureCount: count.describe('Current figures.') })
  .register(apiSchemas, { id: 'SeriesListItem' });

export const pageSchema = z
  .object({
    limit: z.number().int().min(1),
    offset: count,
    total: count,
    next: z.string().nullable().describe('Path and query of the next page; null on the last page.'),
  })
  .register(apiSchemas, { id: 'Page' });

export const seriesListResponseSchema = z
  .object({ data: z.array(seriesListItemSchema), page: pageSchema })
  .register(apiSchemas, { id: 'SeriesList' });

export const seriesResponseSchema = z
  .object({
    data: seriesSchema,
    links: z.object({ figures: z.string(), figuresCsv: z.string(), page: z.string() }),
  })
  .register(apiSchemas, { id: 'SeriesResponse' });

export const figureListResponseSchema = z
  .object({
    series: seriesSchema.pick({ slug: true, unit: true, kind: true }),
    revision: id.describe('The dataset revision the figures are as of: the one asked for, else the latest.'),
    pinned: z.boolean().describe('Whether the request asked for a revision (rev=); pinned responses never change.'),
    data: z.array(figureSchema),
    page: pageSchema,
  })
  .register(apiSchemas, { id: 'FigureList' });

export const claimantListResponseSchema = z
  .object({ data: z.array(claimantSchema.extend({ figureCount: count })), page: pageSchema })
  .register(apiSchemas, { id: 'ClaimantList' });

export const publisherListResponseSchema = z
  .object({ data: z.array(publisherSchema.extend({ figureCount: count })), page: pageSchema })
  .register(apiSchemas, { id: 'PublisherList' });

export const revisionSchema = z
  .object({
    id,
    createdAt: z.iso.datetime(),
    author: z.string(),
    reason: z.string(),
    source: z.string().nullable().describe('The files it was imported from.'),
    changes: z.object({
      figuresCreated: count,
      figuresCorrected: count,
      figuresRetired: count,
      seriesCreated: count,
    }),
  })
  .register(apiSchemas, { id: 'Revision', description: 'A numbered change to the dataset, with its author and reason.' });

export const revisionListResponseSchema = z
  .object({ data: z.array(revisionSchema), page: pageSchema })
  .register(apiSchemas, { id: 'RevisionList' });

export const revisionChangeSchema = z
  .object({
    change: z.enum(['created', 'corrected', 'retired']),
    figure: figureSchema.describe('The version written; for a retired figure, its content when withdrawn.'),
    previous: figureSchema.nullable().describe('The version replaced; null for a created figure.'),
  })
  .register(apiSchemas, { id: 'RevisionChange' });

export const revisionResponseSchema = z
  .object({ revision: revisionSchema, data: z.array(revisionChangeSchema), page: pageSchema })
  .register(apiSchemas, { id: 'RevisionResponse' });

export const shortLinkRequestSchema = z
  .strictObject({
    path: z.string().max(200).describe('The page: /, /explore or /series/<slug>.'),
    query: z.string().max(2000).describe('The view state as the page\'s query string, e.g. "s=troops-deployed&rev=3".'),
  })
  .register(apiSchemas, { id: 'ShortLinkRequest' });

export const shortLinkResponseSchema = z
  .object({ code: z.string(), url: z.string().describe('The short link, /s/<code>.') })
  .register(apiSchemas, { id: 'ShortLink' });

export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z.enum(API_ERROR_CODES),
      message: z.string(),
      details: z
        .unknown()
        .optional()
        .describe('More for a client to act on: the bad fields of a 422 ([{field, message}]), the current version and what changed for a 409.'),
    }),
  })
  .register(apiSchemas, { id: 'Error', description: 'Every error of the API has this shape.' });

// Compile-time proof that the schemas describe the types the queries return.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type SchemasMatchQueries = [
  Assert<Same<z.output<typeof figureSchema>, FigureView>>,
  Assert<Same<z.output<typeof seriesSchema>, SeriesView>>,
  Assert<Same<z.output<typeof seriesListItemSchema>, SeriesListItem>>,
  Assert<Same<z.output<typeof claimantSchema>, ClaimantView>>,
  Assert<Same<z.output<typeof publisherSchema>, PublisherView>>,
  Assert<Same<z.output<typeof claimantListResponseSchema>['data'][number], ClaimantListItem>>,
  Assert<Same<z.output<typeof publisherListResponseSchema>['data'][number], PublisherListItem>>,
  Assert<Same<z.output<typeof revisionSchema>, RevisionSummary>>,
  Assert<Same<z.output<typeof revisionChangeSchema>, RevisionChange>>,
];
