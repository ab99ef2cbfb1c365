import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsString } from 'class-validator';
import { ImportFormat, ImportKind } from './import-kind';

registerEnumType(ImportKind, {
  name: 'ImportKind',
  description: 'What a spreadsheet holds (docs/import-export.md lists the columns of each).',
  valuesMap: {
    INSTRUMENTS: { description: 'One row per instrument version: jurisdiction + key.' },
    PROVISIONS: { description: 'One row per provision wording: jurisdiction + instrument_key + key + in_force_from.' },
    LEGAL_FACTS: { description: "One row per provision wording's legal facts." },
    TREATY_ACTIONS: { description: 'One row per treaty action: jurisdiction + treaty + action + date.' },
    ASSESSMENTS: { description: "The caller's own assessments, imported as SUBMITTED for review." },
  },
});
registerEnumType(ImportFormat, { name: 'ImportFormat', description: 'CSV (text) or XLSX (base64 of the workbook).' });

@ObjectType('ImportProblem', { description: 'Why a row (or the header, row 1) cannot be imported.' })
export class ImportProblemModel {
  @Field(() => Int, { description: 'The row as the spreadsheet shows it; the header is row 1.' })
  row: number;

  @Field(() => String, { nullable: true, description: 'The column, by its snake_case name; null for the whole row or file.' })
  column: string | null;

  @Field(() => String, { nullable: true, description: 'The cell as a spreadsheet names it, e.g. D2501.' })
  cell: string | null;

  @Field()
  message: string;
}

@ObjectType('ImportReport', { description: 'What an import did (or, for a dry run, would do). With problems, nothing is written and the counts are 0.' })
export class ImportReportModel {
  @Field(() => ImportKind)
  kind: ImportKind;

  @Field()
  dryRun: boolean;

  @Field(() => Int, { description: 'Data rows read; blank rows are skipped.' })
  rows: number;

  @Field(() => Int, { description: 'Records created (instruments count once with all their version rows).' })
  created: number;

  @Field(() => Int, { description: 'Records changed: each gets version + 1 and an audit event.' })
  updated: number;

  @Field(() => Int, { description: 'Records identical to their row: left as they were.' })
  unchanged: number;

  @Field(() => [ImportProblemModel])
  problems: ImportProblemModel[];
}

@InputType('ImportDataInput', { description: 'A spreadsheet to import, all rows or none, in one transaction.' })
export class ImportDataInput {
  @Field(() => ImportKind)
  @IsEnum(ImportKind)
  kind: ImportKind;

  @Field(() => ImportFormat)
  @IsEnum(ImportFormat)
  format: ImportFormat;

  @Field({ description: 'The CSV text, or the XLSX workbook in base64. Larger files go to POST /imports/{kind}.' })
  @IsString()
  content: string;

  @Field({ defaultValue: false, description: 'Check everything and count what would change, writing nothing.' })
  @IsBoolean()
  dryRun: boolean = false;
}
