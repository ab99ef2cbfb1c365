import { randomUUID } from 'node:crypto';
import { InstrumentEntity, InstrumentKind, LegalFactSetEntity, ProvisionEntity } from '@lexgap/legislation';
import type { LegalFacts } from '@lexgap/legal-model';
import { DataSource } from 'typeorm';

/**
 * SYNTHETIC benchmark data, never real law: for each jurisdiction one instrument with three
 * provisions whose facts vary with the jurisdiction's position, so scores differ.
 */
export async function insertSyntheticEvidence(dataSource: DataSource, codes: string[]): Promise<number> {
  const now = new Date();
  let rows = 0;
  await dataSource.transaction(async (manager) => {
    for (const [i, code] of codes.entries()) {
      const instrumentId = randomUUID();
      await manager.insert(InstrumentEntity, {
        id: instrumentId,
        jurisdictionCode: code,
        key: 'synthetic',
        kind: InstrumentKind.CODE,
        language: 'en',
        titleOriginal: 'SYNTHETIC benchmark instrument',
        titleEn: null,
        officialCitation: 'synthetic',
        sourceUrl: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      const facts: LegalFacts[] = [
        {
          acts: ['RECRUITMENT', 'TRANSPORTATION', 'TRANSFER', 'HARBOURING', 'RECEIPT'].slice(0, 1 + (i % 5)) as LegalFacts['acts'],
          means: ['THREAT', 'FORCE', 'FRAUD'],
          purposes: ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR'],
          consentIrrelevant: i % 2 === 0,
          borderCrossingRequired: i % 3 === 0,
        },
        {
          penalties: [
            { offence: 'TRAFFICKING', imprisonmentMinYears: i % 6, imprisonmentMaxYears: 4 + (i % 10), fineInLieuOfImprisonment: i % 4 === 0, fine: true },
            { offence: 'RAPE', imprisonmentMinYears: 5 },
          ],
          aggravatingCircumstances: ['CHILD_VICTIM'],
          legalPersonLiability: i % 2 === 1,
        },
        {
          childAgeThreshold: i % 7 === 0 ? 16 : 18,
          meansRequiredForChildren: i % 5 === 0,
          demandOffence: true,
          onlineOffences: ['CHILD_SEXUAL_ABUSE_MATERIAL'],
          forfeiture: true,
          restitution: i % 3 === 1,
        },
      ];
      for (const [n, f] of facts.entries()) {
        const provisionId = randomUUID();
        await manager.insert(ProvisionEntity, {
          id: provisionId,
          instrumentId,
          key: `art-${n + 1}`,
          citation: `Art. ${n + 1}`,
          heading: null,
          text: 'SYNTHETIC benchmark text. '.repeat(40),
          inForceFrom: '2005-01-01',
          inForceTo: null,
          sourceUrl: null,
          version: 1,
          createdAt: now,
          updatedAt: now,
        });
        await manager.insert(LegalFactSetEntity, {
          provisionId,
          facts: f,
          sourceUrl: null,
          sourceCitation: 'synthetic',
          asOf: '2025-01-01',
          note: 'SYNTHETIC benchmark data',
          version: 1,
          createdAt: now,
          updatedAt: now,
        });
        rows += 2;
      }
      rows++;
    }
  });
  return rows;
}
