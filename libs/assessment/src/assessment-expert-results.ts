import { Injectable } from '@nestjs/common';
import type { ExpertResultInput } from '@lexgap/scoring-engine';
import { ExpertResultSource } from '@lexgap/scoring';
import { AssessmentService } from './assessment.service';

/**
 * Feeds approved assessments to the scorecards. Where several experts' results are approved for
 * one criterion, the engine takes the most recently approved (and reports its rationale).
 */
@Injectable()
export class AssessmentExpertResults extends ExpertResultSource {
  constructor(private readonly assessments: AssessmentService) {
    super();
  }

  async resultsFor(codes: readonly string[], rubricId: string, rubricVersion: number): Promise<Map<string, ExpertResultInput[]>> {
    const out = new Map<string, ExpertResultInput[]>();
    if (codes.length === 0) return out;
    for (const a of await this.assessments.approvedFor(codes, rubricId, rubricVersion)) {
      const list = out.get(a.jurisdictionCode) ?? [];
      list.push({
        criterionId: a.criterionId,
        result: a.notApplicable ? 'NOT_APPLICABLE' : (a.result as number),
        rationale: a.rationale,
        assessmentId: a.id,
        decidedOn: a.effectiveFrom!,
        confidence: a.confidence,
        // What the expert cited: without it, the articles behind an override vanish from scorecards and reports.
        evidence: { provisions: a.evidence.provisionIds, treatyActions: a.evidence.treatyActionIds },
        urls: a.evidence.urls,
        reviewerName: a.reviewerName,
      });
      out.set(a.jurisdictionCode, list);
    }
    return out;
  }
}
