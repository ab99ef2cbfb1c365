import { InstrumentVersionEntity } from './instrument-version.entity';
import { InstrumentEntity } from './instrument.entity';
import { LegalFactSetEntity } from './legal-fact-set.entity';
import { ProvisionEntity } from './provision.entity';
import { SourceFindingEntity } from './source-finding.entity';

export * from './instrument-version.entity';
export * from './instrument.entity';
export * from './legal-fact-set.entity';
export * from './provision.entity';
export * from './source-finding.entity';

export const LEGISLATION_ENTITIES = [InstrumentEntity, InstrumentVersionEntity, ProvisionEntity, LegalFactSetEntity, SourceFindingEntity];
