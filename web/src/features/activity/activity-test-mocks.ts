import type { ActivityItem } from './components/ActivityLog.fragment';

const user = (id: string, name: string) => ({ __typename: 'User' as const, id, name });
export const OLGA = user('u1', 'Olga Owner');
export const NORA = user('u9', 'Nora Manager');
export const NICK = user('u2', 'Nick Next');
export const RITA = user('u5', 'Rita Reader');

/** An activity line as the server sends it: Olga's edit of the record, unless `overrides` say otherwise. */
export function activityItem(overrides: Partial<ActivityItem> = {}): ActivityItem & { __typename: 'ActivityItem' } {
  return {
    __typename: 'ActivityItem',
    occurredAt: '2026-11-03T10:00:00.000Z',
    actor: OLGA,
    action: 'EDIT',
    subject: 'CUSTOMER',
    subjectId: null,
    subjectUser: null,
    field: null,
    before: null,
    after: null,
    fromUser: null,
    toUser: null,
    ...overrides,
  };
}
