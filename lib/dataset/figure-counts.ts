// Every series, claimant and publisher carries how many current figures it has (figure_count), so
// that a list of them reads a page of counts instead of counting the versions table on every request.
// The counts change only where a revision writes: a version it adds or one it closes. So each write
// adjusts them by what it changed, in its own transaction, counting those versions once as visible
// now and once as visible just before (the rule of visibleVersionsSql, not a copy of it): a write of
// ten figures reads ten versions, however many the dataset holds.
import { sqltag as sql } from '@prisma/client/runtime/client';
import { visibleVersionsSql } from '@/lib/queries/figure-rows';
import type { Tx } from './write';

/**
 * Adds to each series', claimant's and publisher's count what revision `revision` changed. Called by
 * applyPlan after it wrote the revision's figure versions; the revision is the latest, so "visible at
 * it" is "current", and the counts were right as of the one before.
 */
export async function updateFigureCounts(tx: Tx, revision: number): Promise<void> {
  // Data-modifying WITH clauses run to completion whether or not the statement reads them.
  await tx.query(sql`
    WITH changed AS (
      SELECT fv.series_id, fv.claimant_id, fv.publisher_id,
        (CASE WHEN ${visibleVersionsSql('fv', revision)} THEN 1 ELSE 0 END)
          - (CASE WHEN ${visibleVersionsSql('fv', revision - 1)} THEN 1 ELSE 0 END) AS delta
      FROM figure_versions fv
      WHERE fv.valid_from_rev = ${revision} OR fv.valid_to_rev = ${revision}
    ), series_deltas AS (
      SELECT series_id AS id, sum(delta)::int AS delta FROM changed GROUP BY series_id
    ), claimant_deltas AS (
      SELECT claimant_id AS id, sum(delta)::int AS delta FROM changed GROUP BY claimant_id
    ), publisher_deltas AS (
      SELECT publisher_id AS id, sum(delta)::int AS delta FROM changed GROUP BY publisher_id
    ), series_updated AS (
      UPDATE series s SET figure_count = s.figure_count + d.delta FROM series_deltas d WHERE s.id = d.id AND d.delta <> 0
    ), claimants_updated AS (
      UPDATE claimants c SET figure_count = c.figure_count + d.delta FROM claimant_deltas d WHERE c.id = d.id AND d.delta <> 0
    )
    UPDATE publishers p SET figure_count = p.figure_count + d.delta FROM publisher_deltas d WHERE p.id = d.id AND d.delta <> 0`);
}
