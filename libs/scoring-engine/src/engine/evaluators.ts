import { treatyStatusAsOf } from '../treaty-status';
import { ACTS, ANCILLARY_LIABILITY, MEANS, ONLINE_OFFENCES, PURPOSES } from '../vocabulary';
import type { EvaluatorConfig } from '../rubric/rubric.types';
import { emptyRefs, Evaluation, explain } from './criterion-result';
import { JurisdictionEvidence } from './evidence';
import { FactsInForce } from './facts-in-force';

export interface EvaluationContext {
  asOf: string;
  evidence: JurisdictionEvidence;
  facts: FactsInForce;
  parameters: Record<string, number>;
}

type Evaluator<K extends EvaluatorConfig['kind']> = (config: Extract<EvaluatorConfig, { kind: K }>, ctx: EvaluationContext) => Evaluation;

const refs = (provisions: string[] = []) => ({ ...emptyRefs(), provisions: [...new Set(provisions)] });
const notAssessed = (what: string): Evaluation => ({
  score: null,
  explanation: explain('facts.notRecorded', `Not assessed: no provision in force records ${what}.`, { what }),
  evidence: emptyRefs(),
});
const closedLists = { acts: ACTS, means: MEANS, purposes: PURPOSES, ancillaryLiability: ANCILLARY_LIABILITY, onlineOffences: ONLINE_OFFENCES } as const;
const round = (x: number) => Math.round(x * 100) / 100;

const treatyParty: Evaluator<'treatyParty'> = (c, ctx) => {
  const s = treatyStatusAsOf(c.treaty, ctx.asOf, ctx.evidence.treatyActions, ctx.evidence.treatyObservations);
  const evidence = { ...emptyRefs(), treatyActions: s.basis.actionIds, treatyObservations: s.basis.observationId ? [s.basis.observationId] : [] };
  const observation = ctx.evidence.treatyObservations.find((o) => o.id === s.basis.observationId);
  const since = s.since ? `${s.since} (${s.datePrecision?.toLowerCase()} precision)` : 'a date not recorded';
  switch (s.status) {
    case 'PARTY':
      return { score: 1, evidence, explanation: explain('treaty.party', `Party to ${c.treaty} since ${since}.`, { treaty: c.treaty, since: s.since ?? '' }) };
    case 'SIGNATORY':
      return { score: c.signedScore, evidence, explanation: explain('treaty.signatory', `Signed ${c.treaty} on ${since} but not a party as of ${ctx.asOf}.`, { treaty: c.treaty, since: s.since ?? '', asOf: ctx.asOf }) };
    case 'NOT_PARTY':
      return {
        score: 0,
        evidence,
        explanation: s.since
          ? explain('treaty.denounced', `Denounced ${c.treaty} on ${since}.`, { treaty: c.treaty, since: s.since })
          : explain('treaty.notParty', `Not a party to ${c.treaty}: a source says so as of ${observation?.observedOn}.`, { treaty: c.treaty, observedOn: observation?.observedOn ?? '' }),
      };
    default:
      return { score: null, evidence, explanation: explain('treaty.unknown', `Not assessed: no action under ${c.treaty} is recorded.`, { treaty: c.treaty }) };
  }
};

const shareOfList: Evaluator<'shareOfList'> = (c, ctx) => {
  const found = ctx.facts.list(c.field);
  if (!found) return notAssessed(c.field);
  const list = closedLists[c.field] as readonly string[];
  const covered = list.filter((v) => found.values.has(v));
  const missing = list.filter((v) => !found.values.has(v));
  const extraField = ({ acts: 'extraActs', means: 'extraMeans', purposes: 'extraPurposes' } as const)[c.field as 'acts'];
  const extras = extraField ? ctx.facts.extras(extraField) : [];
  return {
    score: covered.length / list.length,
    evidence: refs(found.sources),
    explanation: explain(
      'facts.share',
      `Covers ${covered.length} of ${list.length}${missing.length ? `; missing: ${missing.join(', ')}` : ''}${extras.length ? `; also covers: ${extras.join(', ')}` : ''}.`,
      { covered: covered.length, total: list.length, missing: missing.join(', ') },
    ),
  };
};

const shareOfAggravations: Evaluator<'shareOfAggravations'> = (c, ctx) => {
  const found = ctx.facts.list('aggravatingCircumstances');
  if (!found) return notAssessed('aggravating circumstances');
  const covered = c.required.filter((v) => found.values.has(v));
  const missing = c.required.filter((v) => !found.values.has(v));
  return {
    score: covered.length / c.required.length,
    evidence: refs(found.sources),
    explanation: explain('facts.share', `Aggravates ${covered.length} of ${c.required.length}${missing.length ? `; missing: ${missing.join(', ')}` : ''}.`, { covered: covered.length, total: c.required.length, missing: missing.join(', ') }),
  };
};

const factIsTrue: Evaluator<'factIsTrue'> = (c, ctx) => {
  const found = ctx.facts.anyTrue(c.field);
  if (!found) return notAssessed(c.field);
  return { score: found.value ? 1 : 0, evidence: refs(found.sources), explanation: explain(found.value ? 'facts.yes' : 'facts.no', `${c.field}: ${found.value ? 'yes' : 'no'}.`, { field: c.field }) };
};

const factIsFalse: Evaluator<'factIsFalse'> = (c, ctx) => {
  const found = ctx.facts.someWithout(c.field);
  if (!found) return notAssessed(c.field);
  return {
    score: found.without ? 1 : 0,
    evidence: refs(found.sources),
    explanation: found.without
      ? explain('facts.withoutCondition', `An offence in force does not require ${c.field}.`, { field: c.field })
      : explain('facts.withCondition', `Every offence in force requires ${c.field}.`, { field: c.field }),
  };
};

const shareOfTrue: Evaluator<'shareOfTrue'> = (c, ctx) => {
  const found = c.fields.map((f) => ({ field: f, fact: ctx.facts.anyTrue(f) }));
  // An unstated fact is unknown, not absent: the share is only known once every part is stated.
  const unknown = found.filter((f) => f.fact === null).map((f) => f.field);
  if (unknown.length) return notAssessed(unknown.join(' / '));
  const yes = found.filter((f) => f.fact?.value).map((f) => f.field);
  const missing = c.fields.filter((f) => !yes.includes(f));
  return {
    score: yes.length / c.fields.length,
    evidence: refs(found.flatMap((f) => f.fact?.sources ?? [])),
    explanation: explain('facts.share', `Provides ${yes.length} of ${c.fields.length}${missing.length ? `; missing: ${missing.join(', ')}` : ''}.`, { covered: yes.length, total: c.fields.length, missing: missing.join(', ') }),
  };
};

const childAgeAtLeast: Evaluator<'childAgeAtLeast'> = (c, ctx) => {
  const ages = ctx.facts.childAgeThresholds();
  if (ages.length === 0) return notAssessed('the child age threshold');
  const threshold = ctx.parameters[c.parameter];
  const lowest = Math.min(...ages.map((a) => a.age));
  return { score: lowest >= threshold ? 1 : 0, evidence: refs(ages.map((a) => a.source)), explanation: explain('facts.childAge', `A child is a person under ${lowest} (the standard is ${threshold}).`, { age: lowest, threshold }) };
};

const imprisonmentMandatory: Evaluator<'imprisonmentMandatory'> = (_c, ctx) => {
  const base = ctx.facts.penalties(['TRAFFICKING']);
  if (base.length === 0) return notAssessed('a penalty for the trafficking offence');
  const lenient = base.filter((p) => p.fineInLieuOfImprisonment === true || (p.imprisonmentMinYears === undefined && p.imprisonmentMaxYears === undefined));
  return lenient.length
    ? { score: 0, evidence: refs(lenient.map((p) => p.source)), explanation: explain('penalty.fineInLieu', 'A fine may be imposed instead of imprisonment.') }
    : { score: 1, evidence: refs(base.map((p) => p.source)), explanation: explain('penalty.prisonMandatory', 'Every penalty for trafficking includes imprisonment.') };
};

const maximumAtLeast: Evaluator<'maximumAtLeast'> = (c, ctx) => {
  const base = ctx.facts.penalties(['TRAFFICKING']).filter((p) => p.imprisonmentMaxYears !== undefined);
  if (base.length === 0) return notAssessed('a maximum term for the trafficking offence');
  const threshold = ctx.parameters[c.parameter];
  const max = Math.max(...base.map((p) => p.imprisonmentMaxYears!));
  return { score: max >= threshold ? 1 : 0, evidence: refs(base.map((p) => p.source)), explanation: explain('penalty.maximum', `Maximum term ${max} years (the standard is ${threshold}).`, { years: max, threshold }) };
};

const minimumAtLeast: Evaluator<'minimumAtLeast'> = (c, ctx) => {
  const base = ctx.facts.penalties(['TRAFFICKING']).filter((p) => p.imprisonmentMinYears !== undefined);
  if (base.length === 0) return notAssessed('a minimum term for the trafficking offence');
  const full = ctx.parameters[c.fullParameter];
  const partial = ctx.parameters[c.partialParameter];
  // The lowest minimum any base offence allows is what a court may impose.
  const min = Math.min(...base.map((p) => p.imprisonmentMinYears!));
  const score = min >= full ? 1 : min >= partial ? 0.5 : 0;
  return { score, evidence: refs(base.map((p) => p.source)), explanation: explain('penalty.minimum', `Minimum term ${min} years (${full} meets the standard, ${partial} half of it).`, { years: min, full, partial }) };
};

const sexTraffickingVersusRape: Evaluator<'sexTraffickingVersusRape'> = (c, ctx) => {
  const specific = ctx.facts.penalties(['SEX_TRAFFICKING']).filter((p) => p.imprisonmentMinYears !== undefined);
  const trafficking = specific.length ? specific : ctx.facts.penalties(['TRAFFICKING']).filter((p) => p.imprisonmentMinYears !== undefined);
  const rape = ctx.facts.penalties(['RAPE']).filter((p) => p.imprisonmentMinYears !== undefined);
  if (trafficking.length === 0 || rape.length === 0) return notAssessed('minimum terms for both sex trafficking and rape');
  const t = Math.min(...trafficking.map((p) => p.imprisonmentMinYears!));
  const r = Math.min(...rape.map((p) => p.imprisonmentMinYears!));
  const ratio = c.partialRatioParameter ? ctx.parameters[c.partialRatioParameter] : 0.8;
  const score = t >= r ? 1 : t >= ratio * r ? 0.5 : 0;
  return {
    score,
    evidence: refs([...trafficking, ...rape].map((p) => p.source)),
    explanation: explain('penalty.versusRape', `Minimum for sex trafficking ${t} years against ${r} for rape (${round(r === 0 ? 1 : t / r) * 100}%).`, { trafficking: t, rape: r }),
  };
};

const forcedLabourOffence: Evaluator<'forcedLabourOffence'> = (_c, ctx) => {
  const offences = ctx.facts.forcedLabourOffences();
  if (offences.length === 0) return notAssessed('a forced labour offence');
  const best = offences.reduce((a, b) => (Number(b.imprisonment) + Number(b.imprisonment && b.allSectors) > Number(a.imprisonment) + Number(a.imprisonment && a.allSectors) ? b : a));
  const score = best.imprisonment ? (best.allSectors ? 1 : 0.5) : 0;
  return {
    score,
    evidence: refs(offences.map((o) => o.source)),
    explanation: explain('facts.forcedLabour', best.imprisonment ? (best.allSectors ? 'Forced labour is punished with imprisonment in every sector.' : 'Forced labour is punished with imprisonment, but not in every sector.') : 'Forced labour is not punished with imprisonment.'),
  };
};

const expert: Evaluator<'expert'> = () => ({ score: null, evidence: emptyRefs(), explanation: explain('expert.none', 'Not assessed: no approved expert assessment.') });

const EVALUATORS: { [K in EvaluatorConfig['kind']]: Evaluator<K> } = {
  treatyParty,
  shareOfList,
  shareOfAggravations,
  factIsTrue,
  factIsFalse,
  shareOfTrue,
  childAgeAtLeast,
  imprisonmentMandatory,
  maximumAtLeast,
  minimumAtLeast,
  sexTraffickingVersusRape,
  forcedLabourOffence,
  expert,
};

export function evaluate(config: EvaluatorConfig, ctx: EvaluationContext): Evaluation {
  return (EVALUATORS[config.kind] as Evaluator<typeof config.kind>)(config as never, ctx);
}
