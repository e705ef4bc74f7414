import { customerNode } from './customer-fixtures';

export const DAY_MS = 24 * 3_600_000;
/** Instants measured from when the test file loads, with margins wide enough for a slow run. */
export const fromNow = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString();

const RITA = { __typename: 'User', id: 'u1', name: 'Rita Rep' };

/** A follow-up with every field FollowUpItem_followUp asks for: a counted call, two days ago. */
export function followUpNode(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'FollowUp',
    id: 'f1',
    type: 'CALL',
    content: 'Walked through the revised freight quote with Li Wei.',
    occurredAt: fromNow(-2),
    nextStep: null,
    remindAt: null,
    author: RITA,
    counted: true,
    createdAt: fromNow(-2),
    ...overrides,
  };
}

/** An owned customer as the customer page asks for it, with its timeline. */
export function pageCustomer(overrides: Record<string, unknown> = {}) {
  return customerNode({ contacts: [], ownershipEvents: [], followUps: [], protectedUntil: fromNow(12.5), ...overrides });
}
