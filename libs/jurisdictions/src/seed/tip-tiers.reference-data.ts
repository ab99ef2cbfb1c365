import { Injectable } from '@nestjs/common';
import { insertInChunks, readReferenceCsv, ReferenceDataSet } from '@lexgap/platform';
import { isOneOf, missingSourceProblem, TIP_TIERS, TipTier } from '@lexgap/legal-model';
import { EntityManager, In } from 'typeorm';
import { JurisdictionEntity } from '../entities/jurisdiction.entity';
import { TipTierEntity } from '../entities/tip-tier.entity';

export type TipTierReferenceRow = { jurisdiction: string; report_year: string; tier: string; source: string; source_url: string; verification: string };

const FILE = 'tip-tiers.csv';

/**
 * The US TIP Report tiers of the OAS states, 2001–2024 (reference-data/tip-tiers.csv; its
 * SOURCES.md section says what each year was read from). A database that has the other data sets
 * but not this one (created before it shipped) gets it on its next `seed` or start; rows already
 * present (same state and year) are left as they are.
 */
@Injectable()
export class TipTiersReferenceData implements ReferenceDataSet {
  readonly name = 'tip-tiers';
  readonly dependsOn = ['jurisdictions'];

  private read() {
    return readReferenceCsv<TipTierReferenceRow>(FILE);
  }

  contentHash(): string {
    return this.read().sha256;
  }

  async load(manager: EntityManager): Promise<number> {
    const { rows } = this.read();
    const problems = tipTierReferenceProblems(rows);
    if (problems.length) throw new Error(`The shipped TIP tiers are not valid:\n${problems.join('\n')}`);
    const codes = [...new Set(rows.map((r) => r.jurisdiction))];
    const known = new Set((await manager.getRepository(JurisdictionEntity).find({ select: { code: true }, where: { code: In(codes) } })).map((j) => j.code));
    const unknown = codes.filter((c) => !known.has(c));
    if (unknown.length) throw new Error(`reference-data/${FILE} names jurisdictions this database does not have: ${unknown.join(', ')}`);
    const present = new Set((await manager.getRepository(TipTierEntity).find({ select: { jurisdictionCode: true, reportYear: true } })).map((t) => `${t.jurisdictionCode}:${t.reportYear}`));
    const missing = rows
      .filter((r) => !present.has(`${r.jurisdiction}:${Number(r.report_year)}`))
      .map((r) =>
        Object.assign(new TipTierEntity(), {
          jurisdictionCode: r.jurisdiction,
          reportYear: Number(r.report_year),
          tier: r.tier as TipTier,
          source: r.source || null,
          sourceUrl: r.source_url || null,
          verification: r.verification || null,
        }),
      );
    await insertInChunks(manager, TipTierEntity, missing);
    return missing.length;
  }
}

/** One line per problem of the shipped rows, naming the row as a spreadsheet numbers it (header = row 1) and the column. */
export function tipTierReferenceProblems(rows: readonly TipTierReferenceRow[]): string[] {
  const seen = new Set<string>();
  return rows.flatMap((r, i) => {
    const where = (column: string) => `reference-data/${FILE} row ${i + 2} (${r.jurisdiction} ${r.report_year}), ${column}`;
    const out: string[] = [];
    if (!/^\d{4}$/.test(r.report_year)) out.push(`${where('report_year')}: must be a four-digit year`);
    if (!isOneOf(TIP_TIERS, r.tier)) out.push(`${where('tier')}: must be one of ${TIP_TIERS.join(', ')}`);
    const source = missingSourceProblem({ sourceUrl: r.source_url, sourceCitation: r.source }, 'TIP tier', { url: 'source_url', citation: 'source' });
    if (source) out.push(`${where(source.field)}: ${source.message}`);
    const key = `${r.jurisdiction}:${r.report_year}`;
    if (seen.has(key)) out.push(`${where('report_year')}: a second tier for the same state and year`);
    seen.add(key);
    return out;
  });
}
