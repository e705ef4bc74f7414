import { useCallback } from 'react';
import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { LogFollowUpInput } from '../../../gql/graphql';

export const LOG_FOLLOW_UP_MUTATION = graphql(`
  mutation LogFollowUp($input: LogFollowUpInput!) {
    logFollowUp(input: $input) {
      followUp {
        ...FollowUpItem_followUp
      }
      customer {
        ...CustomerViewFields
      }
    }
  }
`);

/**
 * The payload's customer carries its own fields (the extended `protectedUntil` among them), so
 * the header updates itself; the new follow-up is placed into the cached timeline by hand,
 * newest first by when it happened, since a back-dated one may belong below others.
 */
export function useLogFollowUp() {
  const [mutate, { loading }] = useMutation(LOG_FOLLOW_UP_MUTATION, {
    update: (cache, { data }) => {
      const payload = data?.logFollowUp;
      if (!payload) return;
      const { followUp, customer } = payload;
      cache.modify({
        id: cache.identify({ __typename: 'Customer', id: customer.id }),
        fields: {
          followUps(existing: readonly Reference[], { readField, toReference }) {
            const ref = toReference({ __typename: 'FollowUp', id: followUp.id });
            if (!ref || existing.some((item) => readField('id', item) === followUp.id)) return existing;
            const at = Date.parse(followUp.occurredAt);
            const index = existing.findIndex((item) => Date.parse(String(readField('occurredAt', item))) <= at);
            return index === -1 ? [...existing, ref] : [...existing.slice(0, index), ref, ...existing.slice(index)];
          },
        },
      });
    },
  });

  const logFollowUp = useCallback(
    async (input: LogFollowUpInput) => {
      const result = await mutate({ variables: { input } });
      return result.data?.logFollowUp.followUp;
    },
    [mutate],
  );
  return { logFollowUp, loading };
}
