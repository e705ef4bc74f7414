import type { TypePolicies } from '@apollo/client';
import { IMPORT_JOB_POLICY } from '../../features/imports/import-job-policy';
import { TRANSFER_PROGRESS_POLICY } from '../../features/transfers/transfer-progress-policy';

export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      // One stored connection whatever `first` says: the badge (`notifications { unreadCount }`)
      // and the list (`notifications(first: 20)`) read and update the same count.
      notifications: { keyArgs: false },
    },
  },
  // The badge query and the list query each bring part of the connection: combine, never drop.
  NotificationConnection: { merge: true },
  // What a clash reveals of a customer is a view as of its answer, not the customer: an import
  // row's match is as of the check, its customer as of now, and the two may differ (claimed since).
  // Merged by id, one would overwrite the other.
  ClashCustomer: { keyFields: false },
  // Tiers are identified by their code; they have no id.
  Tier: { keyFields: ['code'] },
  TransferProgress: TRANSFER_PROGRESS_POLICY,
  ImportJob: IMPORT_JOB_POLICY,
  // The policy has no id (there is one in force; versions carry old copies, so it is not keyed).
  // Whatever reads it, and the save that writes it back, fill in the same object: merge, never
  // drop what another reader asked for. Its per-tier days and return reasons have no identity
  // either: each arrives whole and replaces the old one (the merge is shallow).
  PoolPolicy: { merge: true },
  Customer: {
    fields: {
      // Contact lists arrive whole from every mutation payload: replace, never merge.
      contacts: { merge: false },
      ownershipEvents: { merge: false },
      // Newest first from the server; logFollowUp places its entry by hand (useLogFollowUp).
      followUps: { merge: false },
      // Grants have no id of their own and arrive whole from every collaborator mutation.
      collaborators: { merge: false },
      // Other names have no id either, and an edit sends the whole list in place of the old one.
      aliases: { merge: false },
      // A page of the newest lines, read again each time the Activity tab opens.
      activity: { merge: false },
    },
  },
};
