import type { AppNotification, ClashAlert, ImportNotice, OwnershipNotice, ProtectionReminder } from '../features/notifications/notification-types';

export function clashAlert(overrides: Partial<ClashAlert> = {}): ClashAlert {
  return {
    __typename: 'ClashAlert',
    id: 'clash-1',
    attemptedAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    attemptedBy: { __typename: 'ClashOwner', name: 'Emma Novak', departmentName: 'North sales' },
    customer: {
      __typename: 'ClashCustomer',
      id: 'c1',
      companyName: 'Acme Trading Co., Ltd.',
      inPool: false,
      protectedUntil: new Date(Date.now() + 12.5 * 24 * 3_600_000).toISOString(),
      owner: { __typename: 'ClashOwner', name: 'Rita Rep', departmentName: 'East sales' },
    },
    verdict: 'BLOCK',
    dimensions: ['NAME', 'PHONE'],
    attemptedName: 'Acme Trading',
    attemptCount: 1,
    ...overrides,
  } as ClashAlert;
}

export function notification(id: string, readAt: string | null, clash: ClashAlert = clashAlert({ id: `clash-${id}` })): AppNotification {
  return { __typename: 'Notification', id, kind: 'CLASH', createdAt: clash.attemptedAt, latestAt: clash.attemptedAt, readAt, clash, reminder: null, ownership: null, importJob: null } as AppNotification;
}

export function reminderNotification(id: string, readAt: string | null, overrides: Partial<ProtectionReminder> = {}): AppNotification {
  const reminder = {
    __typename: 'ProtectionReminder',
    customerId: 'c7',
    companyName: 'Harbour Lights Trading Ltd',
    protectionEnd: '2026-11-25T09:00:00Z',
    ...overrides,
  };
  const createdAt = new Date(Date.now() - 2 * 3_600_000).toISOString();
  return { __typename: 'Notification', id, kind: 'REMINDER', createdAt, latestAt: createdAt, readAt, clash: null, reminder, ownership: null, importJob: null } as AppNotification;
}

/** A manager's assignment: by default Mia Manager gave the viewer three customers ten minutes ago. */
export function ownershipNotification(
  id: string,
  readAt: string | null,
  kind: 'ASSIGNED' | 'REASSIGNED' | 'RELEASED' = 'ASSIGNED',
  overrides: Partial<OwnershipNotice> = {},
): AppNotification {
  const ownership = {
    __typename: 'OwnershipNotice',
    by: { __typename: 'ClashOwner', name: 'Mia Manager', departmentName: 'East sales' },
    customerCount: 3,
    customer: null,
    receiver: null,
    ...overrides,
  };
  const createdAt = new Date(Date.now() - 10 * 60_000).toISOString();
  return { __typename: 'Notification', id, kind, createdAt, latestAt: createdAt, readAt, clash: null, reminder: null, ownership, importJob: null } as AppNotification;
}

/** An import of the viewer's: by default fair.xlsx, 1,200 rows, being written (300 done), a minute ago. */
export function importNotification(id: string, readAt: string | null, overrides: Partial<ImportNotice> = {}): AppNotification {
  const importJob = {
    __typename: 'ImportJob',
    id: `import-${id}`,
    fileName: 'fair.xlsx',
    status: 'IMPORTING',
    totalRows: 1200,
    doneRows: 300,
    outcomeCounts: { __typename: 'ImportOutcomeCounts', CREATED: 280, SKIPPED: 20, FAILED: 0 },
    undoCounts: { __typename: 'ImportUndoCounts', removed: 0, kept: 0 },
    ...overrides,
  };
  const createdAt = new Date(Date.now() - 60_000).toISOString();
  return { __typename: 'Notification', id, kind: 'IMPORT', createdAt, latestAt: createdAt, readAt, clash: null, reminder: null, ownership: null, importJob } as AppNotification;
}
