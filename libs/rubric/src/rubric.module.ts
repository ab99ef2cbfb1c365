import { Module } from '@nestjs/common';
import { RubricResolver } from './rubric.resolver';
import { RubricService } from './rubric.service';
import { RubricsReferenceData } from './rubrics.reference-data';

@Module({ providers: [RubricService, RubricResolver, RubricsReferenceData], exports: [RubricService, RubricsReferenceData] })
export class RubricModule {}
