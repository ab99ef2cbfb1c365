import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@lexgap/audit';
import { Allow, CurrentActor, CurrentPrincipal, Permission, Role } from '@lexgap/auth';
import type { Principal } from '@lexgap/auth';
import { AssessmentEntity, AssessmentStatus } from './assessment.entity';
import { RetireAssessmentInput, ReviewAssessmentInput, SubmitAssessmentInput } from './assessment.inputs';
import { AgreementModel, AssessmentModel, DisagreementModel } from './assessment.models';
import { AssessmentService } from './assessment.service';

const toModel = (a: AssessmentEntity): AssessmentModel => ({ ...a });
const FILTER = { type: () => String, nullable: true } as const;

@Resolver(() => AssessmentModel)
export class AssessmentResolver {
  constructor(private readonly service: AssessmentService) {}

  @Allow(Permission.ASSESS)
  @Mutation(() => AssessmentModel, { nullable: true, description: 'Saves a draft or submits your assessment of one criterion for review.' })
  async submitAssessment(@Args('input') input: SubmitAssessmentInput, @CurrentActor() actor: Actor): Promise<AssessmentModel> {
    return toModel(await this.service.submit(input, actor));
  }

  @Allow(Permission.REVIEW)
  @Mutation(() => AssessmentModel, { nullable: true, description: "Approves or returns another expert's submitted assessment." })
  async reviewAssessment(@Args('input') input: ReviewAssessmentInput, @CurrentActor() actor: Actor): Promise<AssessmentModel> {
    return toModel(await this.service.review(input, actor));
  }

  @Allow(Permission.ASSESS)
  @Mutation(() => AssessmentModel, { nullable: true, description: 'Retires an assessment (kept in the record, no longer counted). Its author or an administrator.' })
  async retireAssessment(@Args('input') input: RetireAssessmentInput, @CurrentActor() actor: Actor, @CurrentPrincipal() principal: Principal): Promise<AssessmentModel> {
    return toModel(await this.service.retire(input.id, input.version, input.reason, actor, principal.role === Role.ADMIN));
  }

  @Allow(Permission.READ_DRAFTS)
  @Query(() => AssessmentModel, { nullable: true })
  async assessment(@Args('id', { type: () => ID }) id: string): Promise<AssessmentModel | null> {
    const found = await this.service.find(id);
    return found ? toModel(found) : null;
  }

  @Allow(Permission.READ_DRAFTS)
  @Query(() => [AssessmentModel], { description: 'Assessments in every state (not retired), filtered.' })
  async assessments(
    @Args('jurisdiction', FILTER) jurisdiction: string | null,
    @Args('rubric', FILTER) rubric: string | null,
    @Args('criterionId', FILTER) criterionId: string | null,
    @Args('status', { type: () => AssessmentStatus, nullable: true }) status: AssessmentStatus | null,
  ): Promise<AssessmentModel[]> {
    return (await this.service.list({ jurisdiction, rubric, criterionId, status })).map(toModel);
  }

  @Allow(Permission.READ_PUBLISHED)
  @Query(() => [AssessmentModel], { description: 'Approved assessments: the expert results scorecards rest on.' })
  async approvedAssessments(@Args('jurisdiction') jurisdiction: string, @Args('rubric', FILTER) rubric: string | null): Promise<AssessmentModel[]> {
    return (await this.service.list({ jurisdiction, rubric, status: AssessmentStatus.APPROVED })).map(toModel);
  }

  @Allow(Permission.READ_DRAFTS)
  @Query(() => AgreementModel, { description: 'Agreement between experts who rated the same criteria, per rubric version and optionally per jurisdiction.' })
  assessmentAgreement(
    @Args('rubric', FILTER) rubric: string | null,
    @Args('rubricVersion', { type: () => Int, nullable: true }) rubricVersion: number | null,
    @Args('jurisdiction', FILTER) jurisdiction: string | null,
  ): Promise<AgreementModel> {
    return this.service.agreement({ rubric, rubricVersion, jurisdiction });
  }

  @Allow(Permission.READ_DRAFTS)
  @Query(() => [DisagreementModel], { description: 'Criteria on which experts differ, widest spread first, for a reviewer to settle.' })
  async assessmentDisagreements(
    @Args('rubric', FILTER) rubric: string | null,
    @Args('rubricVersion', { type: () => Int, nullable: true }) rubricVersion: number | null,
    @Args('jurisdiction', FILTER) jurisdiction: string | null,
  ): Promise<DisagreementModel[]> {
    return (await this.service.disagreements({ rubric, rubricVersion, jurisdiction })).map((d) => ({ ...d, assessments: d.assessments.map(toModel) }));
  }
}
