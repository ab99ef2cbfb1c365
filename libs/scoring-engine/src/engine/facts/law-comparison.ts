import {
  assertIsoDate,
  CLOSED_LISTS,
  type ClosedListName,
  type ConfidenceLevel,
  type ForcedLabourOffence,
  type IsoDate,
  type LegalFactFlag,
  type LegalFactList,
  type Penalty,
  type PenaltyOffence,
  type SourceKind,
} from '@lexgap/legal-model';
import type { EvaluatorConfig } from '../../rubric/evaluator-config';
import { criteriaOf, type Rubric } from '../../rubric/rubric';
import type { EvaluationContext } from '../evaluation';
import type { JurisdictionEvidence, ProvisionEvidence } from '../evidence';
import { evaluateChildAgeAtLeast } from '../evaluators/child-age-at-least';
import { evaluateForcedLabourOffence } from '../evaluators/forced-labour-offence';
import { isInherited } from '../layered-law';
import { highestMaximum, lifeMaximum, lowestSentence, penaltiesFor, readFlag, unionOfList } from './combine-facts';
import { provisionsInForce } from './provisions-in-force';
import { preferReadingsOfTheText } from './source-precedence';

/**
 * # Side-by-side law
 *
 * For each legal fact a rubric's `facts` criteria read, each jurisdiction's value on a date and
 * the provisions that state it. The facts are derived from the evaluator configurations (never a
 * hand-written list), and each value is combined across the provisions in force exactly as the
 * scorecard combines it (`combine-facts.ts`, after `preferReadingsOfTheText`), so the table shows
 * what the score reads:
 *
 * - LIST (`acts`, `means`…): the union of the lists stated, closed-list codes in the list's order,
 *   and the extra entries in the law's words.
 * - FLAG (`consentIrrelevant`…): the favourable value (the criterion's `metWhen`) if any provision
 *   states it, else the unfavourable one; `favourable` says which.
 * - PENALTY (`penalties:TRAFFICKING`, one fact per offence): every penalty stated for the offence,
 *   with its provision, and the range they give (highest maximum or life, lowest sentence).
 * - AGE (`childAgeThreshold`) and FORCED_LABOUR_OFFENCE (`forcedLabourOffence`): the value the
 *   criterion's own evaluator rests on (the highest threshold; the best single offence).
 *
 * A fact no provision in force states is `stated: false` with every value null: never "no" or [].
 */

/** The kinds of fact a rubric reads, one per shape of value. */
export const LAW_FACT_KINDS = ['LIST', 'FLAG', 'PENALTY', 'AGE', 'FORCED_LABOUR_OFFENCE'] as const;
export type LawFactKind = (typeof LAW_FACT_KINDS)[number];

interface LawFactBase {
  /**
   * Stable key: the LegalFacts field (`acts`, `consentIrrelevant`, `childAgeThreshold`,
   * `forcedLabourOffence`), or `penalties:<OFFENCE>` for the penalties of one offence.
   */
  key: string;
  /** The criteria that read the fact, in rubric order. */
  criteria: string[];
}

export type LawFact =
  | (LawFactBase & { kind: 'LIST'; field: LegalFactList; list: ClosedListName })
  | (LawFactBase & { kind: 'FLAG'; field: LegalFactFlag; favourableValue: boolean })
  | (LawFactBase & { kind: 'PENALTY'; field: 'penalties'; offence: PenaltyOffence })
  | (LawFactBase & { kind: 'AGE'; field: 'childAgeThreshold' })
  | (LawFactBase & { kind: 'FORCED_LABOUR_OFFENCE'; field: 'forcedLabourOffence' });

/** A provision that states a fact, as a reader cites it. */
export interface LawFactProvision {
  id: string;
  /** "Art. 145 bis". */
  citation: string;
  instrumentTitle: string | null;
  /** The jurisdiction that enacted it: the unit's country for inherited national law. */
  jurisdiction: string;
  /** True when it is the country's national law counted in a sub-national unit. */
  inherited: boolean;
  inForceFrom: IsoDate;
  inForceTo: IsoDate | null;
  sourceUrl: string | null;
  sourceKind: SourceKind;
  verified: boolean;
  factsAsOf: IsoDate;
  confidence: ConfidenceLevel | null;
}

/** One penalty stated for the offence, with the provision that states it. */
export interface LawFactPenalty {
  provisionId: string;
  penalty: Penalty;
}

/** The range the stated penalties give a court, as PEN-2 and PEN-4 read it. */
export interface LawFactPenaltyRange {
  /** Some penalty's maximum is life imprisonment. */
  lifeImprisonment: boolean;
  /** The highest maximum term in years; null when none is stated. */
  highestMaximumYears: number | null;
  /** The lowest sentence a court may impose, in years (0: a fine may replace imprisonment); null when no term is stated. */
  lowestSentenceYears: number | null;
  /** True when the lowest sentence is only known to be at most `lowestSentenceYears`. */
  lowestSentenceAtMost: boolean;
}

/** One jurisdiction's value of one fact; the value fields of other kinds are null. */
export interface LawFactCell {
  jurisdiction: string;
  /** False when no provision in force states the fact: then every value is null (unknown, never "no"). */
  stated: boolean;
  /** LIST: the closed-list codes covered, in the list's order. */
  values: string[] | null;
  /** LIST: entries outside the closed list, in the law's words. */
  extras: string[] | null;
  /** FLAG: the combined value. */
  flag: boolean | null;
  /** FLAG: whether the combined value is the favourable one. */
  favourable: boolean | null;
  /** PENALTY: every penalty stated for the offence. */
  penalties: LawFactPenalty[] | null;
  /** PENALTY: the range those penalties give. */
  penaltyRange: LawFactPenaltyRange | null;
  /** AGE: the highest child age threshold stated. */
  number: number | null;
  /** FORCED_LABOUR_OFFENCE: the best offence stated. */
  forcedLabourOffence: ForcedLabourOffence | null;
  /** The provisions that state the value shown. */
  provisions: LawFactProvision[];
}

export type LawFactRow = LawFact & { cells: LawFactCell[] };

export interface LawComparisonResult {
  rubricId: string;
  rubricVersion: number;
  asOf: IsoDate;
  /** In the order given. */
  jurisdictions: string[];
  facts: LawFactRow[];
}

/** The facts a rubric's `facts` criteria read, in rubric order, each once with every criterion reading it. */
export function factsRead(rubric: Rubric): LawFact[] {
  const facts = new Map<string, LawFact>();
  for (const { criterion } of criteriaOf(rubric)) {
    for (const fact of factsOf(criterion.evaluator)) {
      const found = facts.get(fact.key);
      if (!found) facts.set(fact.key, { ...fact, criteria: [criterion.id] });
      else if (!found.criteria.includes(criterion.id)) found.criteria.push(criterion.id);
    }
  }
  return [...facts.values()];
}

/** A fact without its criteria (distributed over the kinds). */
type FactOfConfig = LawFact extends infer F ? (F extends LawFact ? Omit<F, 'criteria'> : never) : never;

/** The facts one evaluator reads (its `field`, `fields`, `offences`, `comparator`, or its fixed field). */
function factsOf(config: EvaluatorConfig): FactOfConfig[] {
  const penalty = (offence: PenaltyOffence): FactOfConfig => ({ key: `penalties:${offence}`, kind: 'PENALTY', field: 'penalties', offence });
  const flag = (field: LegalFactFlag, favourableValue: boolean): FactOfConfig => ({ key: field, kind: 'FLAG', field, favourableValue });
  switch (config.kind) {
    case 'shareOfList':
      return [{ key: config.field, kind: 'LIST', field: config.field, list: config.list }];
    case 'shareOfFlags':
      // Each flag is read with "true wins", as the evaluator reads it.
      return config.fields.map((field) => flag(field, true));
    case 'flag':
      return [flag(config.field, config.metWhen)];
    case 'imprisonmentMandatory':
    case 'penaltyMaxAtLeast':
    case 'penaltyMinAtLeast':
      return config.offences.map(penalty);
    case 'penaltyMinComparedTo':
      return [...config.offences, config.comparator].map(penalty);
    case 'childAgeAtLeast':
      return [{ key: 'childAgeThreshold', kind: 'AGE', field: 'childAgeThreshold' }];
    case 'forcedLabourOffence':
      return [{ key: 'forcedLabourOffence', kind: 'FORCED_LABOUR_OFFENCE', field: 'forcedLabourOffence' }];
    case 'treatyParty':
    case 'expert':
      return [];
    default: {
      const unhandled: never = config;
      throw new Error(`factsOf: unknown evaluator ${JSON.stringify(unhandled)}`);
    }
  }
}

/**
 * Each fact `factsRead(rubric)` lists, for each jurisdiction (in the order given), combined over
 * its provisions in force on `asOf` as its scorecard combines them.
 */
export function compareFacts(rubric: Rubric, evidenceByJurisdiction: readonly JurisdictionEvidence[] | ReadonlyMap<string, JurisdictionEvidence>, asOf: IsoDate): LawComparisonResult {
  assertIsoDate(asOf, 'asOf');
  const evidence = Array.isArray(evidenceByJurisdiction) ? evidenceByJurisdiction : [...(evidenceByJurisdiction as ReadonlyMap<string, JurisdictionEvidence>).values()];
  const facts = factsRead(rubric);
  const contexts = evidence.map((e) => ({ evidence: e, context: contextOf(rubric, e, asOf) }));
  return {
    rubricId: rubric.id,
    rubricVersion: rubric.version,
    asOf,
    jurisdictions: evidence.map((e) => e.jurisdiction),
    facts: facts.map((fact) => ({ ...fact, cells: contexts.map(({ evidence: e, context }) => cellOf(rubric, fact, e, context)) })),
  };
}

/** What the scorecard's evaluators see: the provisions in force, a report yielding to the text fact by fact. */
function contextOf(rubric: Rubric, evidence: JurisdictionEvidence, asOf: IsoDate): EvaluationContext {
  return {
    asOf,
    parameters: rubric.parameters,
    provisions: preferReadingsOfTheText(provisionsInForce(evidence.provisions, asOf)),
    treatyActions: [],
    treatyObservations: [],
    treaties: [],
  };
}

const EMPTY: Omit<LawFactCell, 'jurisdiction'> = {
  stated: false,
  values: null,
  extras: null,
  flag: null,
  favourable: null,
  penalties: null,
  penaltyRange: null,
  number: null,
  forcedLabourOffence: null,
  provisions: [],
};

function cellOf(rubric: Rubric, fact: LawFact, evidence: JurisdictionEvidence, context: EvaluationContext): LawFactCell {
  // A fresh list per cell: cells share nothing a reader could change.
  const notStated: LawFactCell = { jurisdiction: evidence.jurisdiction, ...EMPTY, provisions: [] };
  const stated = (provisions: readonly ProvisionEvidence[], value: Partial<LawFactCell>): LawFactCell => ({
    ...notStated,
    ...value,
    stated: true,
    provisions: unique(provisions).map((p) => provisionOf(p, evidence)),
  });
  switch (fact.kind) {
    case 'LIST': {
      const union = unionOfList(context.provisions, fact.field);
      if (!union.stated) return notStated;
      const order: readonly string[] = CLOSED_LISTS[fact.list];
      const values = [...order.filter((v) => union.covered.has(v)), ...[...union.covered].filter((v) => !order.includes(v))];
      return stated(union.provisions, { values, extras: union.extras });
    }
    case 'FLAG': {
      const reading = readFlag(context.provisions, fact.field, fact.favourableValue);
      return reading.stated ? stated(reading.provisions, { flag: reading.value, favourable: reading.favourable }) : notStated;
    }
    case 'PENALTY': {
      const penalties = penaltiesFor(context.provisions, [fact.offence]);
      if (penalties.length === 0) return notStated;
      const lowest = lowestSentence(penalties);
      return stated(
        penalties.map(({ provision }) => provision),
        {
          penalties: penalties.map(({ penalty, provision }) => ({ provisionId: provision.id, penalty })),
          penaltyRange: {
            lifeImprisonment: lifeMaximum(penalties) !== undefined,
            highestMaximumYears: highestMaximum(penalties)?.years ?? null,
            lowestSentenceYears: lowest?.years ?? null,
            lowestSentenceAtMost: lowest?.bound === 'atMost',
          },
        },
      );
    }
    case 'AGE': {
      // The criterion's evaluator picks the threshold (the highest stated); its evidence is the provisions stating it.
      const provisions = evidenceOf(rubric, fact, context, (config) => (config.kind === 'childAgeAtLeast' ? evaluateChildAgeAtLeast(config, context) : undefined));
      return provisions.length ? stated(provisions, { number: provisions[0].facts.childAgeThreshold! }) : notStated;
    }
    case 'FORCED_LABOUR_OFFENCE': {
      // The best single provision counts (imprisonment and sectors from one offence): the evaluator's own choice.
      const provisions = evidenceOf(rubric, fact, context, (config) => (config.kind === 'forcedLabourOffence' ? evaluateForcedLabourOffence(config, context) : undefined));
      return provisions.length ? stated(provisions, { forcedLabourOffence: { ...provisions[0].facts.forcedLabourOffence! } }) : notStated;
    }
  }
}

/** The provisions in force that the first criterion reading `fact` rests its result on. */
function evidenceOf(rubric: Rubric, fact: LawFact, context: EvaluationContext, run: (config: EvaluatorConfig) => { evidence: { provisions: string[] } } | undefined): ProvisionEvidence[] {
  const criterion = criteriaOf(rubric).find(({ criterion }) => criterion.id === fact.criteria[0])!.criterion;
  const ids = run(criterion.evaluator)?.evidence.provisions ?? [];
  return ids.flatMap((id) => context.provisions.filter((p) => p.id === id));
}

function provisionOf(p: ProvisionEvidence, evidence: JurisdictionEvidence): LawFactProvision {
  return {
    id: p.id,
    citation: p.citation,
    instrumentTitle: p.instrumentTitle ?? null,
    jurisdiction: p.jurisdiction ?? evidence.jurisdiction,
    inherited: isInherited(p, evidence),
    inForceFrom: p.inForceFrom,
    inForceTo: p.inForceTo ?? null,
    sourceUrl: p.sourceUrl ?? null,
    sourceKind: p.sourceKind,
    verified: p.verified,
    factsAsOf: p.factsAsOf,
    confidence: p.confidence,
  };
}

function unique(provisions: readonly ProvisionEvidence[]): ProvisionEvidence[] {
  return [...new Map(provisions.map((p) => [p.id, p])).values()];
}
