/**
 * Fields of a generated GraphQL input type as the web's own state holds them (a URL, a filter
 * bar): optional, never null, and ids as the strings the API serves them. The field types still
 * come from schema.graphql, so a renamed or retyped input field fails the type check.
 */
export type InputFields<T, K extends keyof T = keyof T> = { [P in K]?: Exclude<T[P], null | number> };
