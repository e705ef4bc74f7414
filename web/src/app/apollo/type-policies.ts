import type { TypePolicies } from '@apollo/client';

export const typePolicies: TypePolicies = {
  // Tiers are identified by their code; they have no id.
  Tier: { keyFields: ['code'] },
  Customer: {
    fields: {
      // Contact lists arrive whole from every mutation payload: replace, never merge.
      contacts: { merge: false },
      ownershipEvents: { merge: false },
    },
  },
};
