import { registerEnumType } from '@nestjs/graphql';

/** An enum object whose keys and values are the strings of a closed list (`{ FORCE: 'FORCE' }`). */
export type EnumObject<T extends string> = { readonly [K in T]: K };

/**
 * A GraphQL enum made from a closed list declared elsewhere (the legal model, the engine): the
 * schema's values are the list's values, and the TypeScript type is the list's own union, so no
 * second copy of the list exists and no cast bridges two copies.
 */
export function graphqlEnum<T extends string>(values: readonly T[], options: { name: string; description?: string }): EnumObject<T> {
  const enumObject = Object.freeze(Object.fromEntries(values.map((v) => [v, v]))) as EnumObject<T>;
  registerEnumType(enumObject, options);
  return enumObject;
}
