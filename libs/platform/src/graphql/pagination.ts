import { Field, ObjectType } from '@nestjs/graphql';
import { BadUserInputError } from '../errors/domain-error';

@ObjectType('PageInfo', { description: 'Relay page information.' })
export class PageInfoModel {
  @Field()
  hasNextPage: boolean;
  @Field()
  hasPreviousPage: boolean;
  @Field(() => String, { nullable: true })
  startCursor: string | null;
  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

/** Opaque cursors: base64url of `<kind>:<value>`, so clients cannot come to depend on their content. */
export function encodeCursor(kind: string, value: string | number): string {
  return Buffer.from(`${kind}:${value}`, 'utf8').toString('base64url');
}

export function decodeCursor(kind: string, cursor: string, field = 'after'): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith(`${kind}:`)) throw BadUserInputError.field(field, 'is not a cursor this list gave out');
  return decoded.slice(kind.length + 1);
}

export const MAX_PAGE_SIZE = 250;

export function pageSize(first: number | null | undefined, fallback = 50): number {
  if (first === undefined || first === null) return fallback;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw BadUserInputError.field('first', `must be a whole number from 1 to ${MAX_PAGE_SIZE}; got ${first}`);
  }
  return first;
}
