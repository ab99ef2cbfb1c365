import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { Actor } from '@lexgap/audit';
import { Allow, CurrentActor, CurrentPrincipal, Permission, permissionsOf, Principal } from '@lexgap/auth';
import { BadUserInputError } from '@lexgap/platform';
import { ImportFormat } from './import-kind';
import { ImportDataInput, ImportReportModel } from './import.models';
import { ImportService } from './import.service';

const BASE64 = /^[A-Za-z0-9+/=\s]*$/;

@Resolver()
export class ImportResolver {
  constructor(private readonly imports: ImportService) {}

  /**
   * ASSESS is the least any import needs (an EDITOR and an ADMIN have it too); the service then
   * requires EDIT_LEGISLATION for corpus kinds and answers FORBIDDEN without it.
   */
  @Allow(Permission.ASSESS)
  @Mutation(() => ImportReportModel, {
    nullable: true,
    description:
      'Imports a CSV or XLSX spreadsheet: all rows or none, idempotent by natural keys. Problems come back in the report (nothing written). Corpus kinds need EDIT_LEGISLATION, assessments ASSESS.',
  })
  async importData(@Args('input') input: ImportDataInput, @CurrentActor() actor: Actor, @CurrentPrincipal() principal: Principal | undefined): Promise<ImportReportModel> {
    let content: string | Buffer = input.content;
    if (input.format === ImportFormat.XLSX) {
      if (!BASE64.test(input.content)) throw BadUserInputError.field('input.content', 'must be the XLSX workbook in base64');
      content = Buffer.from(input.content, 'base64');
    }
    const report = await this.imports.import({ kind: input.kind, format: input.format, content, dryRun: input.dryRun }, actor, permissionsOf(principal));
    return { ...report, problems: report.problems.map((p) => ({ ...p, cell: p.cell ?? null })) };
  }
}
