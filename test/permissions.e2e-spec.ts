import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ALLOW_KEY } from '@lexgap/auth';
import { startTestApp, TestApp } from './support/test-app';

const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

describe('permissions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('sqlite');
  });
  afterAll(() => t.close());

  it('every Query and Mutation of the schema is served by a method that declares @Allow', () => {
    const declared = new Map<string, unknown>();
    for (const module of t.app.get(ModulesContainer).values()) {
      for (const wrapper of module.providers.values()) {
        const prototype = wrapper.metatype?.prototype;
        if (!prototype) continue;
        for (const name of Object.getOwnPropertyNames(prototype)) {
          const method = Object.getOwnPropertyDescriptor(prototype, name)?.value; // never invoke getters
          if (typeof method !== 'function') continue;
          const type = Reflect.getMetadata(RESOLVER_TYPE, method);
          if (type !== 'Query' && type !== 'Mutation') continue;
          const field = Reflect.getMetadata(RESOLVER_NAME, method) ?? name;
          declared.set(`${type}.${field}`, Reflect.getMetadata(ALLOW_KEY, method));
        }
      }
    }
    const { schema } = t.app.get(GraphQLSchemaHost);
    const operations = [...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((f) => `Query.${f}`), ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((f) => `Mutation.${f}`)];
    expect(operations.length).toBeGreaterThan(10);
    const undeclared = operations.filter((op) => declared.get(op) === undefined);
    expect(undeclared).toEqual([]);
    // Every mutation needs more than the anonymous READ_PUBLISHED permission.
    const openMutations = operations.filter((op) => op.startsWith('Mutation.') && declared.get(op) === 'READ_PUBLISHED');
    expect(openMutations).toEqual([]);
  });
});
