import { INestApplicationContext } from '@nestjs/common';
import { JurisdictionsReferenceData, SubdivisionsReferenceData, TipTiersReferenceData } from '@lexgap/jurisdictions';
import { TipLawReadingsReferenceData } from '@lexgap/legislation';
import { ReferenceDataSet, SeedOutcome, SeedService } from '@lexgap/platform';
import { RubricsReferenceData } from '@lexgap/rubric';
import { IloRatifications2026ReferenceData, TreatiesReferenceData } from '@lexgap/treaties';

/** The reference data sets shipped with lexgap, provided by the domain modules. */
export const REFERENCE_DATA_SET_TYPES: (new (...args: never[]) => ReferenceDataSet)[] = [
  JurisdictionsReferenceData,
  SubdivisionsReferenceData,
  TreatiesReferenceData,
  RubricsReferenceData,
  TipTiersReferenceData,
  IloRatifications2026ReferenceData,
  TipLawReadingsReferenceData,
];

/** Loads whatever shipped reference data this database does not have yet. */
export async function seedReferenceData(app: INestApplicationContext): Promise<SeedOutcome[]> {
  const sets = REFERENCE_DATA_SET_TYPES.map((type) => app.get(type, { strict: false }));
  return app.get(SeedService).seed(sets);
}
