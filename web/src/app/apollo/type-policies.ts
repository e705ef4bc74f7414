import type { TypePolicies } from '@apollo/client';

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
  // Tiers are identified by their code; they have no id.
  Tier: { keyFields: ['code'] },
  Customer: {
    fields: {
      // Contact lists arrive whole from every mutation payload: replace, never merge.
      contacts: { merge: false },
      ownershipEvents: { merge: false },
      // Newest first from the server; logFollowUp places its entry by hand (useLogFollowUp).
      followUps: { merge: false },
    },
  },
};
