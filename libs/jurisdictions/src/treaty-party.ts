import { JurisdictionEntity, JurisdictionKind } from './entities/jurisdiction.entity';

/**
 * Why a jurisdiction cannot hold treaty records, or undefined when it can: only a state is party
 * to a treaty; a sub-national unit is bound by its country's status (layered law). The one rule
 * the GraphQL writers and the spreadsheet import both apply.
 */
export function notAStatePartyProblem(j: Pick<JurisdictionEntity, 'code' | 'kind' | 'parentCode'>): string | undefined {
  if (j.kind === JurisdictionKind.COUNTRY) return undefined;
  return `names a sub-national unit (${j.code}), which is not a party to treaties: record it under ${j.parentCode}, whose status applies in ${j.code}`;
}
