import {
  defaultFieldResolver,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { BerthError, problemOf, unsafeTextProblem, type FieldProblem } from '@berth/domain';
import { MULTILINE_TEXT } from './multiline-text';

/**
 * The one input boundary for text: every root Query, Mutation and Subscription field checks
 * the strings in its arguments (nested input objects and lists included) before its resolver,
 * auth check or service runs, over HTTP and WebSocket alike, because the check sits in the
 * schema itself. Only root fields are wrapped: a per-field middleware would run for every
 * field of every row (STACK.md measured ~42% less throughput), and root arguments are where
 * input enters. Problems are named by argument path, e.g. `input.companyName` or `ids.3`.
 */
export function guardRootArguments(schema: GraphQLSchema): GraphQLSchema {
  assertCoordinatesExist(schema);
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const check = (args: Record<string, unknown>) => {
        const problems = textProblemsInArguments(type, field, args);
        if (problems.length) throw BerthError.badInput(problems);
      };
      field.resolve = guarded(field.resolve ?? defaultFieldResolver, check);
      if (field.subscribe) field.subscribe = guarded(field.subscribe, check);
    }
  }
  return schema;
}

function guarded(next: GraphQLFieldResolver<unknown, unknown>, check: (args: Record<string, unknown>) => void): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) => {
    check(args);
    return next(source, args, context, info);
  };
}

/** Every unsafe string in a root field's coerced arguments, by argument path. */
export function textProblemsInArguments(parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const arg of field.args) {
    collect(args[arg.name], arg.type, arg.name, `${parent.name}.${field.name}(${arg.name}:)`, problems);
  }
  return problems;
}

function collect(value: unknown, type: GraphQLInputType, path: string, coordinate: string, problems: FieldProblem[]): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return collect(value, type.ofType, path, coordinate, problems);
  if (isListType(type)) {
    if (Array.isArray(value)) value.forEach((item, i) => collect(item, type.ofType, `${path}.${i}`, coordinate, problems));
    return;
  }
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      collect((value as Record<string, unknown>)[field.name], field.type, `${path}.${field.name}`, `${type.name}.${field.name}`, problems);
    }
    return;
  }
  // String and ID, and any scalar that parses to a string; enums are names the schema checked.
  if (isScalarType(type) && typeof value === 'string') {
    const failure = unsafeTextProblem(value, MULTILINE_TEXT.has(coordinate) ? 'multiline' : 'line');
    if (failure) problems.push(problemOf(path, failure));
  }
}

function assertCoordinatesExist(schema: GraphQLSchema): void {
  for (const coordinate of MULTILINE_TEXT) {
    const [, typeName, fieldName, argName] = /^(\w+)\.(\w+)(?:\((\w+):\))?$/.exec(coordinate) ?? [];
    const type = typeName ? schema.getType(typeName) : undefined;
    const fields = type && 'getFields' in type ? (type.getFields() as Record<string, { args?: readonly { name: string }[] }>) : {};
    const found = fieldName && fields[fieldName] && (!argName || fields[fieldName].args?.some((a) => a.name === argName));
    if (!found) throw new Error(`MULTILINE_TEXT names ${coordinate}, which the schema does not have`);
  }
}
