import {
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { BerthError, LIMITS, fieldProblem } from '@berth/domain';

export const OPERATION_LIMITS = { maxDepth: 10, maxAliases: 30, maxRootFields: 20, maxCost: 5_000 };

/**
 * What an object list without a `first` argument (a customer's contacts, its ownership events)
 * is priced at per parent: such lists stay small in practice, but not free. The list that holds
 * a page (`edges` right under a field with `first`) is the page itself, already priced by `first`.
 */
export const UNPAGED_LIST_SIZE = 10;

/** What one selection set asks for; fragments are measured once and reused at every spread. */
interface Measure {
  depth: number;
  aliases: number;
  /** Fields at this level (the operation's root fields when measured at the top). */
  fields: number;
  cost: number;
}

const EMPTY: Measure = { depth: 0, aliases: 0, fields: 0, cost: 0 };

/**
 * Refuses, before any resolver runs, operations that would cost far more than any screen needs:
 * too deep, too many aliases or root fields (the usual ways to multiply a query), or too
 * expensive (lists are priced by their `first` argument), and any `first` outside 1 to the page
 * size. One pass over the document: each fragment is measured once and its measure reused at
 * every spread, so judging a request of N bytes costs O(N) however its fragments nest. Fails
 * closed: anything it cannot measure is refused with a coded error, never waved through.
 */
export function assertWithinLimits(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | null = {}, operationName?: string) {
  const measurer = new OperationMeasurer(schema, document, variables ?? {});
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (!operations.length) throw refused('GRAPHQL_VALIDATION_FAILED', operationName ? `has no operation named "${operationName}"` : 'has no operation');
  for (const operation of operations) {
    const m = measurer.operation(operation);
    const { maxDepth, maxAliases, maxRootFields, maxCost } = OPERATION_LIMITS;
    if (m.depth > maxDepth) throw tooComplex(`is nested ${m.depth} levels deep; the limit is ${maxDepth}`);
    if (m.aliases > maxAliases) throw tooComplex(`uses ${m.aliases} aliases; the limit is ${maxAliases}`);
    if (m.fields > maxRootFields) throw tooComplex(`asks for ${m.fields} top-level fields; the limit is ${maxRootFields}`);
    if (!(m.cost <= maxCost)) throw tooComplex(`would cost ${m.cost}; the limit is ${maxCost}`);
  }
}

class OperationMeasurer {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  /** By fragment name and whether it is spread right inside a page (see UNPAGED_LIST_SIZE). */
  private readonly measured = new Map<string, Measure>();
  private readonly measuring = new Set<string>();
  private variableDefaults = new Map<string, ValueNode>();

  constructor(
    private readonly schema: GraphQLSchema,
    document: DocumentNode,
    private readonly variables: Record<string, unknown>,
  ) {
    for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(def.name.value, def);
  }

  operation(op: OperationDefinitionNode): Measure {
    const root = this.schema.getRootType(op.operation);
    if (!root) throw refused('GRAPHQL_VALIDATION_FAILED', `asks for a ${op.operation}, which this API does not offer`);
    this.variableDefaults = new Map((op.variableDefinitions ?? []).flatMap((v) => (v.defaultValue ? [[v.variable.name.value, v.defaultValue]] : [])));
    this.measured.clear(); // a fragment's page sizes may come from this operation's variable defaults
    return this.selectionSet(op.selectionSet, root, false);
  }

  /** `inPage`: this is the selection of a field with `first`, so its lists are the page's items. */
  private selectionSet(set: SelectionSetNode, type: GraphQLCompositeType, inPage: boolean): Measure {
    let total = EMPTY;
    for (const sel of set.selections) {
      let part: Measure;
      if (sel.kind === Kind.FIELD) part = this.field(sel, type, inPage);
      else if (sel.kind === Kind.INLINE_FRAGMENT) part = this.selectionSet(sel.selectionSet, sel.typeCondition ? this.compositeType(sel.typeCondition.name.value) : type, inPage);
      else part = this.fragment(sel.name.value, inPage);
      total = {
        depth: Math.max(total.depth, part.depth),
        aliases: total.aliases + part.aliases,
        fields: total.fields + part.fields,
        cost: total.cost + part.cost,
      };
    }
    return total;
  }

  private fragment(name: string, inPage: boolean): Measure {
    const key = `${name}${inPage ? ' in a page' : ''}`;
    const done = this.measured.get(key);
    if (done) return done;
    const def = this.fragments.get(name);
    if (!def) throw refused('GRAPHQL_VALIDATION_FAILED', `spreads an unknown fragment "${name}"`);
    if (this.measuring.has(key)) throw refused('GRAPHQL_VALIDATION_FAILED', `spreads fragment "${name}" inside itself`);
    this.measuring.add(key);
    const m = this.selectionSet(def.selectionSet, this.compositeType(def.typeCondition.name.value), inPage);
    this.measuring.delete(key);
    this.measured.set(key, m);
    return m;
  }

  private field(node: FieldNode, parent: GraphQLCompositeType, inPage: boolean): Measure {
    const def = this.fieldDef(parent, node.name.value);
    const aliases = node.alias ? 1 : 0;
    const first = def.args.some((a) => a.name === 'first') ? this.pageSize(node, def) : null;
    if (!node.selectionSet) return { depth: 0, aliases, fields: 1, cost: 1 };
    const itemType = getNamedType(def.type);
    if (!isCompositeType(itemType)) throw refused('GRAPHQL_VALIDATION_FAILED', `selects fields inside ${def.name}, which has none`);
    const child = this.selectionSet(node.selectionSet, itemType, first !== null);
    const unpagedList = isListType(getNullableType(def.type)) && !inPage && !parent.name.startsWith('__');
    const size = first ?? (unpagedList ? UNPAGED_LIST_SIZE : null);
    return {
      depth: 1 + child.depth,
      aliases: aliases + child.aliases,
      fields: 1,
      cost: size === null ? 1 + child.cost : size * Math.max(child.cost, 1),
    };
  }

  /** The one check of every page size, wherever `first` appears: a whole number from 1 to the page size. */
  private pageSize(node: FieldNode, def: GraphQLField<unknown, unknown>): number {
    // An argument left out, or given a variable that was not sent and has no default, takes the
    // schema's default, as execution will; an explicit null stays null (and is refused).
    const given = node.arguments?.find((a) => a.name.value === 'first');
    const sent = given ? this.valueOf(given.value) : undefined;
    const value = sent === undefined ? def.args.find((a) => a.name === 'first')!.defaultValue : sent;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > LIMITS.pageSize) {
      throw BerthError.badInput([fieldProblem('first', 'PAGE_SIZE', { max: LIMITS.pageSize })]);
    }
    return value;
  }

  /** A literal, or a variable's value (its default when not sent); undefined when absent. */
  private valueOf(node: ValueNode): unknown {
    if (node.kind === Kind.VARIABLE) {
      const name = node.name.value;
      if (Object.prototype.hasOwnProperty.call(this.variables, name)) return this.variables[name];
      const fallback = this.variableDefaults.get(name);
      return fallback ? this.valueOf(fallback) : undefined;
    }
    if (node.kind === Kind.INT) return Number(node.value);
    if (node.kind === Kind.NULL) return null;
    return Number.NaN;
  }

  private fieldDef(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> {
    if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
    if (parent === this.schema.getQueryType() && name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (parent === this.schema.getQueryType() && name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
    const def = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
    if (!def) throw refused('GRAPHQL_VALIDATION_FAILED', `asks for an unknown field ${parent.name}.${name}`);
    return def;
  }

  private compositeType(name: string): GraphQLCompositeType {
    const type = this.schema.getType(name);
    if (!type || !isCompositeType(type)) throw refused('GRAPHQL_VALIDATION_FAILED', `names an unknown type "${name}"`);
    return type;
  }
}

function tooComplex(detail: string): BerthError {
  return refused('QUERY_TOO_COMPLEX', `${detail}. Ask for less at once`);
}

function refused(code: 'QUERY_TOO_COMPLEX' | 'GRAPHQL_VALIDATION_FAILED', detail: string): BerthError {
  return new BerthError(code, `This request ${detail}.`);
}
