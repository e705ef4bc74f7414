import { describe, expect, it } from 'vitest';
import { buildSchema, parse } from 'graphql';
import { BerthError } from '@berth/domain';
import { OPERATION_LIMITS, assertWithinLimits } from '../../server/src/graphql/operation-limits';

// A recursive type reaches any depth; Berth's schema will grow such relations.
const schema = buildSchema(`type Node { id: ID, child: Node, children(first: Int): [Node] } type Query { node: Node }`);

const nested = (levels: number) => `{ node ${'{ child '.repeat(levels - 1)}{ id }${' }'.repeat(levels - 1)} }`;
const codeOf = (query: string, variables = {}) => {
  try {
    assertWithinLimits(schema, parse(query), variables);
    return null;
  } catch (error) {
    return (error as BerthError).code;
  }
};

describe('operation limits', () => {
  it('allows the deepest permitted operation and refuses one level more', () => {
    expect(codeOf(nested(OPERATION_LIMITS.maxDepth - 1))).toBeNull();
    expect(codeOf(nested(OPERATION_LIMITS.maxDepth + 1))).toBe('QUERY_TOO_COMPLEX');
  });

  it('counts depth through fragments, and survives fragment cycles', () => {
    const viaFragments = `fragment A on Node { child { child { child { ...B } } } } fragment B on Node { child { child { child { child { child { child { id } } } } } } }
      { node { child { ...A } } }`;
    expect(codeOf(viaFragments)).toBe('QUERY_TOO_COMPLEX');
    expect(codeOf('fragment A on Node { child { ...A } } { node { ...A } }')).toBeNull(); // graphql-js validation reports the cycle
  });

  it('prices lists by their `first` argument, variables included', () => {
    expect(codeOf('query($n: Int) { node { children(first: $n) { children(first: $n) { id } } } }', { n: 10 })).toBeNull();
    expect(codeOf('query($n: Int) { node { children(first: $n) { children(first: $n) { id } } } }', { n: 100 })).toBe('QUERY_TOO_COMPLEX');
  });

  it('leaves ill-typed variables to execution, which reports them as bad input', () => {
    expect(codeOf('query($n: Int) { node { children(first: $n) { id } } }', { n: 'many' })).toBeNull();
  });
});
