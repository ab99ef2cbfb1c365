import { JurisdictionEntity, JurisdictionKind } from '@lexgap/jurisdictions';
import { RubricService } from '@lexgap/rubric';
import { ScorecardService } from '@lexgap/scoring';
import { scoreJurisdiction } from '@lexgap/scoring-engine';
import { DataSource } from 'typeorm';
import { TestEngine } from '../test/support/test-engines';
import { median, openBenchDatabase, timed } from './bench-database';
import { insertSyntheticEvidence } from './synthetic-evidence';

const TARGET = 250;
const RUNS = 5;

export interface ScoringBenchResult {
  engine: TestEngine;
  jurisdictions: number;
  coldMs: number;
  storedMs: number;
  engineOnlyMs: number;
}

/**
 * 250 jurisdictions × the full default rubric: cold (evidence read, scored, stored) against reads
 * served from the stored results. Median of RUNS runs each.
 */
export async function benchScoring(engine: TestEngine): Promise<ScoringBenchResult> {
  const bench = await openBenchDatabase(engine);
  try {
    const dataSource = bench.app.get(DataSource);
    const repository = dataSource.getRepository(JurisdictionEntity);
    // The 249 ISO countries, and shipped sub-national units (US-AK, …) up to the target: a unit's
    // scorecard layers its country's evidence under its own, so each unit reads two evidence sets.
    const countries = await repository.find({ where: { kind: JurisdictionKind.COUNTRY }, order: { code: 'ASC' } });
    const units = await repository.find({ where: { parentCode: 'US' }, order: { code: 'ASC' }, take: Math.max(0, TARGET - countries.length) });
    const all = [...countries, ...units];
    await insertSyntheticEvidence(
      dataSource,
      all.map((j) => j.code),
    );
    const scorecards = bench.app.get(ScorecardService);
    const rubric = await bench.app.get(RubricService).resolve(null);
    const asOf = '2025-06-30';

    const cold: number[] = [];
    const stored: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      cold.push((await timed(() => scorecards.scorecards(all, rubric, asOf, { refresh: true }))).ms);
      const warm = await timed(() => scorecards.scorecards(all, rubric, asOf));
      if ([...warm.value.values()].some((c) => !c.fromStore)) throw new Error('a stored read recomputed');
      stored.push(warm.ms);
    }
    const evidence = await scorecards.gatherEvidence(all, rubric);
    const engineOnly: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      engineOnly.push((await timed(async () => all.forEach((j) => scoreJurisdiction(rubric.content, evidence.get(j.code)!, asOf)))).ms);
    }
    return { engine, jurisdictions: all.length, coldMs: median(cold), storedMs: median(stored), engineOnlyMs: median(engineOnly) };
  } finally {
    await bench.close();
  }
}
