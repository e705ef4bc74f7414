/** What a change in a customer's activity log is about. OWNER rows come from the ownership trail. */
export const ACTIVITY_SUBJECTS = ['CUSTOMER', 'CONTACT', 'FOLLOW_UP', 'COLLABORATOR', 'OWNER'] as const;
export type ActivitySubject = (typeof ACTIVITY_SUBJECTS)[number];

/**
 * Through which action a change came: a person's EDIT, ADD or REMOVE, the record's CREATE, an
 * IMPORT, an owner move (CLAIM, ASSIGN, TRANSFER, RETURN, RELEASE) or a RULE (the recycle sweep).
 */
export const ACTIVITY_ACTIONS = ['CREATE', 'EDIT', 'ADD', 'REMOVE', 'IMPORT', 'CLAIM', 'ASSIGN', 'TRANSFER', 'RETURN', 'RELEASE', 'RULE'] as const;
export type ActivityAction = (typeof ACTIVITY_ACTIONS)[number];

/** One field that changed, with its values before and after (null = empty). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * The fields of `fields` whose value differs between `before` and `after`, compared by value
 * (lists element by element, dates by instant), in the order given.
 */
export function fieldChanges<T extends object>(before: T, after: T, fields: readonly (keyof T & string)[]): FieldChange[] {
  return fields.flatMap((field) => {
    const was = normalised(before[field]);
    const is = normalised(after[field]);
    return JSON.stringify(was) === JSON.stringify(is) ? [] : [{ field, before: was, after: is }];
  });
}

function normalised(value: unknown): unknown {
  if (value === undefined || value === '') return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.length ? value.map(normalised) : null;
  return value;
}

/** The action an ownership event shows as in the activity log. */
export function actionOfOwnershipEvent(kind: string, reasonKind: string | null): ActivityAction {
  switch (kind) {
    case 'CREATED':
      return 'CREATE';
    case 'CLAIMED':
      return 'CLAIM';
    case 'ASSIGNED':
      return 'ASSIGN';
    case 'TRANSFERRED':
      return 'TRANSFER';
    case 'RECYCLED':
      return 'RULE';
    case 'IMPORTED':
      return 'IMPORT';
    default:
      return reasonKind === 'RELEASED' ? 'RELEASE' : 'RETURN';
  }
}
