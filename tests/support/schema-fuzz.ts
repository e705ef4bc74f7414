import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isRequiredArgument,
  isRequiredInputField,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Bad-input cases generated from the schema: for every argument of every root Query and
 * Mutation field, and every field of its input objects (recursively), one bad value per
 * category, the other arguments left valid. A new operation or input field is covered
 * without a line of test code; only its valid values may need a hint (ValidValues).
 */

/** One leaf to break: where it sits, what GraphQL type it has, and its schema coordinate. */
interface Leaf {
  /** Argument path as the API names it: `input.contacts.0.emails`. */
  path: (string | number)[];
  type: GraphQLInputType;
  coordinate: string;
}

export interface FuzzCase {
  operation: 'query' | 'mutation';
  field: string;
  query: string;
  variables: Record<string, unknown>;
  /** e.g. `input.companyName` */
  path: string;
  coordinate: string;
  category: string;
  /** What the answer must be, beyond "no internal error": a BAD_USER_INPUT naming `path`. */
  mustRefuse: 'exact' | 'within' | false;
}

/** Valid values the generator cannot guess from types alone; `n` makes each case's values unique. */
export interface ValidValues {
  /** By schema coordinate (`Type.field`, `Mutation.field(arg:)`) first, then by field or argument name. */
  leaf(coordinate: string, name: string, type: GraphQLNamedType, n: number): unknown;
  /** Whole input objects read back from the server (e.g. the pool policy in force). */
  input(typeName: string): Record<string, unknown> | undefined;
  /** Optional input fields to fill anyway, by coordinate (e.g. one of two alternatives). */
  alsoFill: ReadonlySet<string>;
}

interface BadValue {
  category: string;
  value: unknown;
  /** Set when the value must be refused as BAD_USER_INPUT naming the leaf. */
  refuse?: 'exact' | 'within';
}

const MB_STRING = 'x'.repeat(1 << 20);
const LONG_STRING = 'y'.repeat(100_000);

function badStrings(multiline: boolean): BadValue[] {
  return [
    { category: 'empty string', value: '' },
    { category: 'whitespace', value: '  \u3000 ' },
    // Over the body limit: refused whole (413) before GraphQL reads it. 100k fits and reaches the services.
    { category: '1 MB string', value: MB_STRING },
    { category: '100k string', value: LONG_STRING },
    { category: 'NUL byte', value: 'Acme\u0000Ltd', refuse: 'exact' },
    { category: 'emoji', value: 'Acme 🚀🏳️‍🌈 Ltd' },
    // Arabic letters around a right-to-left override: RTL text is fine, the override is not (in one-line values).
    { category: 'RTL with bidi override', value: 'شركة\u202eأكمي', refuse: multiline ? undefined : 'exact' },
  ];
}

function badIds(foreignId: string): BadValue[] {
  return [
    { category: 'malformed id', value: 'abc' },
    { category: 'negative id', value: '-1' },
    { category: 'zero id', value: '0' },
    { category: 'unknown id', value: '99999999' },
    { category: 'over-int id', value: '99999999999' },
    { category: 'empty id', value: '' },
    { category: "another team's customer id", value: foreignId },
    { category: 'NUL in id', value: '1\u0000', refuse: 'exact' },
  ];
}

function badScalars(type: GraphQLNamedType, coordinate: string, multiline: ReadonlySet<string>, foreignId: string): BadValue[] {
  switch (type.name) {
    case 'String':
      return badStrings(multiline.has(coordinate));
    case 'ID':
      return badIds(foreignId);
    case 'Int':
      return [
        { category: 'Int -1', value: -1 },
        { category: 'Int 0', value: 0 },
        { category: 'Int 2^31-1', value: 2 ** 31 - 1 },
        { category: 'Int 2^31', value: 2 ** 31, refuse: 'exact' },
        { category: 'Int as float', value: 1.5, refuse: 'exact' },
      ];
    case 'Float':
      return [
        { category: 'Float -1', value: -1 },
        { category: 'Float 0', value: 0 },
        { category: 'Float 1e308', value: 1e308 },
      ];
    case 'Boolean':
      return [{ category: 'Boolean as string', value: 'yes', refuse: 'exact' }];
    case 'DateTimeISO':
      return [
        { category: 'year 1', value: '0001-01-01T00:00:00Z' },
        { category: 'year 9999', value: '9999-12-31T23:59:59Z' },
        { category: 'not a date', value: 'next Tuesday', refuse: 'exact' },
      ];
    default:
      return isEnumType(type) ? [{ category: 'unknown enum value', value: 'NOT_A_VALUE', refuse: 'exact' }] : [];
  }
}

export class SchemaFuzzer {
  private n = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly valid: ValidValues,
    private readonly opts: { multiline: ReadonlySet<string>; foreignCustomerId: string },
  ) {}

  /** Every case for every root Query and Mutation field with arguments. */
  cases(): FuzzCase[] {
    const out: FuzzCase[] = [];
    for (const [operation, root] of [['query', this.schema.getQueryType()], ['mutation', this.schema.getMutationType()]] as const) {
      for (const field of Object.values(root?.getFields() ?? {})) {
        if (field.args.length) out.push(...this.casesFor(operation, root!, field));
      }
    }
    return out;
  }

  private casesFor(operation: 'query' | 'mutation', root: GraphQLObjectType, field: GraphQLField<unknown, unknown>): FuzzCase[] {
    const query = operationText(operation, field);
    const out: FuzzCase[] = [];
    for (const leaf of field.args.flatMap((arg) => this.leavesOf(arg, `${root.name}.${field.name}(${arg.name}:)`))) {
      for (const bad of this.badValuesFor(leaf)) {
        const variables = this.validArgs(root, field);
        setAt(variables, leaf.path, bad.value, (type) => this.validValue(type, '', '', this.n), field);
        out.push({
          operation,
          field: field.name,
          query,
          variables,
          path: leaf.path.join('.'),
          coordinate: leaf.coordinate,
          category: bad.category,
          mustRefuse: bad.refuse ?? false,
        });
      }
    }
    return out;
  }

  /** The argument itself, and below it every input field and list item, to a sane depth. */
  private leavesOf(arg: GraphQLArgument, coordinate: string): Leaf[] {
    const out: Leaf[] = [];
    const walk = (type: GraphQLInputType, path: (string | number)[], coord: string, depth: number) => {
      out.push({ path, type, coordinate: coord });
      const inner = isNonNullType(type) ? type.ofType : type;
      if (depth > 4) return;
      if (isListType(inner)) walk(inner.ofType, [...path, 0], coord, depth + 1);
      else if (isInputObjectType(inner)) {
        for (const f of Object.values(inner.getFields())) walk(f.type, [...path, f.name], `${inner.name}.${f.name}`, depth + 1);
      }
    };
    walk(arg.type, [arg.name], coordinate, 0);
    return out;
  }

  private badValuesFor(leaf: Leaf): BadValue[] {
    const nonNull = isNonNullType(leaf.type);
    const type: GraphQLInputType = isNonNullType(leaf.type) ? leaf.type.ofType : leaf.type;
    // null where the schema says non-null must be refused; elsewhere it must simply not break.
    const values: BadValue[] = [{ category: 'null', value: null, refuse: nonNull ? 'exact' : undefined }];
    if (isListType(type)) {
      values.push({ category: 'empty list', value: [] });
      const item = this.validValue(type.ofType as GraphQLInputType, leaf.coordinate, String(leaf.path.at(-1)), 0);
      const many = getNamedType(type).name === 'ID' ? Array.from({ length: 10_000 }, (_, i) => String(i + 1)) : Array.from({ length: 10_000 }, () => item);
      values.push({ category: '10,000 items', value: many });
    } else if (isInputObjectType(type)) {
      values.push({ category: 'empty object', value: {}, refuse: Object.values(type.getFields()).some(isRequiredInputField) ? 'within' : undefined });
      values.push({ category: 'unknown field', value: { ...this.validValue(type, leaf.coordinate, '', 0) as object, notAField: 1 }, refuse: 'within' });
    } else {
      values.push(...badScalars(getNamedType(type) as GraphQLNamedType, leaf.coordinate, this.opts.multiline, this.opts.foreignCustomerId));
    }
    return values;
  }

  /** Required arguments (and those the hints name) with valid values. */
  private validArgs(root: GraphQLObjectType, field: GraphQLField<unknown, unknown>): Record<string, unknown> {
    this.n++;
    const args: Record<string, unknown> = {};
    for (const arg of field.args) {
      const coordinate = `${root.name}.${field.name}(${arg.name}:)`;
      if (isRequiredArgument(arg) || this.valid.alsoFill.has(coordinate)) args[arg.name] = this.validValue(arg.type, coordinate, arg.name, this.n);
    }
    return args;
  }

  private validValue(type: GraphQLInputType, coordinate: string, name: string, n: number): unknown {
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) return [this.validValue(inner.ofType, coordinate, name, n)];
    if (isInputObjectType(inner)) {
      const known = this.valid.input(inner.name);
      if (known) return structuredClone(known);
      const out: Record<string, unknown> = {};
      for (const f of Object.values(inner.getFields())) {
        const coord = `${inner.name}.${f.name}`;
        if (isRequiredInputField(f) || this.valid.alsoFill.has(coord)) out[f.name] = this.validValue(f.type, coord, f.name, n);
      }
      return out;
    }
    return this.valid.leaf(coordinate, name, inner, n);
  }
}

/** Writes `value` at `path`, creating valid parents on the way (an absent optional filter, a list). */
function setAt(
  args: Record<string, unknown>,
  path: (string | number)[],
  value: unknown,
  validOf: (type: GraphQLInputType) => unknown,
  field: GraphQLField<unknown, unknown>,
) {
  let container: any = args;
  let type: GraphQLInputType = field.args.find((a) => a.name === path[0])!.type;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i];
    if (container[key] === undefined || container[key] === null) container[key] = validOf(type);
    container = container[key];
    const inner = isNonNullType(type) ? type.ofType : type;
    const next = path[i + 1];
    type = isListType(inner) ? inner.ofType : (inner as any).getFields()[next].type;
    if (Array.isArray(container) && container.length === 0) container.push(validOf(type));
  }
  container[path[path.length - 1]] = value;
}

/**
 * `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { … } }`: one variable
 * per argument, named like it. A defaulted non-null argument gets a nullable variable, so that a
 * client sending null for it (allowed by the spec) is exercised too.
 */
function operationText(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const vars = field.args.map((a) => `$${a.name}: ${a.defaultValue !== undefined && isNonNullType(a.type) ? a.type.ofType : a.type}`);
  const args = field.args.map((a) => `${a.name}: $${a.name}`);
  return `${operation}(${vars.join(', ')}) { ${field.name}(${args.join(', ')})${selectionOf(field.type, 1)} }`;
}

/** Scalars up to three levels down, so list rows and their field resolvers run too. */
function selectionOf(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isCompositeType(named) || !isObjectType(named) || depth > 3) return ' { __typename }';
  const parts = ['__typename'];
  for (const f of Object.values(named.getFields())) {
    if (f.args.some(isRequiredArgument)) continue;
    const inner = getNamedType(f.type);
    if (isLeafType(inner)) parts.push(f.name);
    else if (depth < 3) parts.push(`${f.name}${selectionOf(f.type, depth + 1)}`);
  }
  return ` { ${parts.join(' ')} }`;
}
