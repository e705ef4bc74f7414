/** What a duplicate check compares, how, and what a match leads to. */
export const DUPLICATE_DIMENSIONS = ['NAME', 'EMAIL', 'PHONE', 'DOMAIN'] as const;
export type DuplicateDimension = (typeof DUPLICATE_DIMENSIONS)[number];

export const MATCH_METHODS = ['EXACT', 'SIMILAR'] as const;
export type MatchMethod = (typeof MATCH_METHODS)[number];

export const DUPLICATE_ACTIONS = ['WARN', 'BLOCK'] as const;
export type DuplicateAction = (typeof DUPLICATE_ACTIONS)[number];

export type DuplicateVerdict = 'CLEAR' | 'WARN' | 'BLOCK';

/**
 * The methods each dimension supports. Only names are compared by similarity: an email, a phone
 * number or a domain that is "almost" another one is a different address, not a typo we can trust.
 */
export const METHODS_BY_DIMENSION: Readonly<Record<DuplicateDimension, readonly MatchMethod[]>> = {
  NAME: ['EXACT', 'SIMILAR'],
  EMAIL: ['EXACT'],
  PHONE: ['EXACT'],
  DOMAIN: ['EXACT'],
};

/**
 * Why a match that would block only warns: the facts beside it say the two customers may be
 * different companies (demotions.ts). A demotion never turns a WARN into anything else.
 */
export const DUPLICATE_DEMOTIONS = ['CHAIN_BRANCH', 'SHARED_KEY', 'GENERIC_NAME'] as const;
export type DuplicateDemotion = (typeof DUPLICATE_DEMOTIONS)[number];
