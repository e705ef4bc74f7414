import { GraphQLError, Kind, type DocumentNode, type GraphQLSchema, type SelectionSetNode, type FragmentDefinitionNode } from 'graphql';
import { getComplexity, simpleEstimator, fieldExtensionsEstimator } from 'graphql-query-complexity';
import { BerthError } from '@berth/domain';

export const OPERATION_LIMITS = { maxDepth: 10, maxAliases: 30, maxCost: 5_000 };

/**
 * Refuses operations that would cost far more than any screen needs: too deep, too many
 * aliases (the usual way to multiply a query), or too expensive. Lists are priced by their
 * `first` argument, so asking for 100 customers with contacts costs what it does.
 */
export function assertWithinLimits(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string) {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  let aliases = 0;
  const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    let deepest = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.alias) aliases++;
        deepest = Math.max(deepest, sel.selectionSet ? 1 + depthOf(sel.selectionSet, seen) : 0);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(sel.selectionSet, seen));
      } else {
        const name = sel.name.value;
        if (seen.has(name)) continue; // a fragment cycle is graphql-js's error to report
        deepest = Math.max(deepest, depthOf(fragments.get(name)?.selectionSet, new Set([...seen, name])));
      }
    }
    return deepest;
  };
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    const depth = depthOf(def.selectionSet, new Set());
    if (depth > OPERATION_LIMITS.maxDepth) throw tooComplex(`is nested ${depth} levels deep; the limit is ${OPERATION_LIMITS.maxDepth}`);
  }
  if (aliases > OPERATION_LIMITS.maxAliases) throw tooComplex(`uses ${aliases} aliases; the limit is ${OPERATION_LIMITS.maxAliases}`);
  let cost: number;
  try {
    cost = getComplexity({
      schema,
      query: document,
      variables,
      operationName,
      estimators: [
        fieldExtensionsEstimator(),
        ({ args, childComplexity }) => (typeof args.first === 'number' ? args.first * Math.max(childComplexity, 1) : undefined),
        simpleEstimator({ defaultComplexity: 1 }),
      ],
    });
  } catch (error) {
    // Variables that do not fit their types: execution reports that as BAD_USER_INPUT.
    if (error instanceof GraphQLError) return;
    throw error;
  }
  if (cost > OPERATION_LIMITS.maxCost) throw tooComplex(`would cost ${cost}; the limit is ${OPERATION_LIMITS.maxCost}`);
}

function tooComplex(detail: string): BerthError {
  return new BerthError('QUERY_TOO_COMPLEX', `This request ${detail}. Ask for less at once.`);
}
