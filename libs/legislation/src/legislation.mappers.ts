import type { LegalFactSetEntity } from './entities/legal-fact-set.entity';
import type { LegalFactSetModel } from './models/legislation.models';

/** A stored fact set as the API shows it (on a provision and in a scorecard's evidence alike). */
export const toLegalFactSetModel = (e: LegalFactSetEntity): LegalFactSetModel => ({ ...e, facts: e.facts as LegalFactSetModel['facts'], verified: e.verifiedAt != null });
