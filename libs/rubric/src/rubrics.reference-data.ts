import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { SYSTEM_SEED_ACTOR } from '@lexgap/audit';
import { ReferenceDataSet } from '@lexgap/platform';
import { EntityManager } from 'typeorm';
import { shippedRubricFiles } from './rubric-files';
import { RubricService } from './rubric.service';

/** Publishes the rubrics shipped in `rubrics/` (the default `tip-legal-framework` v1). */
@Injectable()
export class RubricsReferenceData implements ReferenceDataSet {
  readonly name = 'rubrics';

  constructor(private readonly rubrics: RubricService) {}

  contentHash(): string {
    return createHash('sha256').update(JSON.stringify(shippedRubricFiles())).digest('hex');
  }

  async load(manager: EntityManager): Promise<number> {
    let count = 0;
    for (const file of shippedRubricFiles()) {
      const outcome = await this.rubrics.publish(file.document, SYSTEM_SEED_ACTOR, manager);
      if (outcome.status === 'published') count++;
    }
    return count;
  }
}
