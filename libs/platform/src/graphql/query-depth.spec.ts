import { parse } from 'graphql';
import { operationDepth } from './query-depth';

describe('operationDepth', () => {
  it('counts nested fields, through fragments and inline fragments', () => {
    const doc = parse(`
      query Q { a { b { ...F } } }
      fragment F on B { c { ... on C { d } } }
    `);
    // a(1) > b(2) > c(3) > d(4)
    expect(operationDepth(doc, 'Q')).toBe(4);
  });

  it('does not count introspection subtrees', () => {
    expect(operationDepth(parse('{ __schema { types { fields { type { ofType { ofType { name } } } } } } x }'))).toBe(1);
  });

  it('measures only the named operation', () => {
    const doc = parse('query A { a } query B { a { b { c } } }');
    expect(operationDepth(doc, 'A')).toBe(1);
    expect(operationDepth(doc, 'B')).toBe(3);
  });

  it('survives a fragment cycle (graphql validation reports it)', () => {
    expect(operationDepth(parse('{ a { ...F } } fragment F on A { b { ...F } }'))).toBe(2);
  });
});
