import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@lexgap/auth';
import { parseLanguage } from '@lexgap/jurisdictions';
import { NotFoundError } from '@lexgap/platform';
import { RubricModel } from './models/rubric.models';
import { toRubricModel } from './rubric.mapper';
import { RubricService } from './rubric.service';

@Resolver(() => RubricModel)
export class RubricResolver {
  constructor(private readonly service: RubricService) {}

  @Allow(Permission.READ_PUBLISHED)
  @Query(() => RubricModel, { nullable: true, description: 'A published rubric; the latest version when `version` is omitted. Texts in `lang`.' })
  async rubric(
    @Args('id') id: string,
    @Args('version', { type: () => Int, nullable: true }) version: number | null,
    @Args('lang', { type: () => String, nullable: true }) lang: string | null,
  ): Promise<RubricModel | null> {
    const language = parseLanguage(lang);
    try {
      return toRubricModel(await this.service.resolve(id, version), language);
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }

  @Allow(Permission.READ_PUBLISHED)
  @Query(() => [RubricModel], { description: 'Every published version of every rubric.' })
  async rubrics(@Args('lang', { type: () => String, nullable: true }) lang: string | null): Promise<RubricModel[]> {
    const language = parseLanguage(lang);
    return (await this.service.list()).map((r) => toRubricModel(r, language));
  }
}
