import { useCallback, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { PoolPolicyInput } from '../pool-policy-form';
import { graphql } from '../../../gql';
import type { PreviewPoolPolicyQuery } from '../../../gql/graphql';

export type PolicyPreview = PreviewPoolPolicyQuery['previewPoolPolicy'];
export type RepForecast = PolicyPreview['reps'][number];

export const PREVIEW_POOL_POLICY_QUERY = graphql(`
  query PreviewPoolPolicy($input: PoolPolicyInput!) {
    previewPoolPolicy(input: $input) {
      horizonDays
      total
      totalUnderCurrent
      reps {
        count
        rep {
          id
          name
        }
        customers {
          customerId
          companyName
          recycleAt
          reason
          reasonDetail {
            ...EntryReasonFields
          }
        }
      }
    }
  }
`);

interface State {
  /** The edit this preview is of, as sent. */
  key: string;
  preview: PolicyPreview | null;
}

/**
 * The what-if of an edit, fetched on request and never cached: it is only true for the exact
 * values it was asked about, so `isFor` tells whether the form still holds them.
 */
export function usePolicyPreview() {
  const client = useApolloClient();
  const [state, setState] = useState<State | null>(null);
  const latest = useRef<string | null>(null);

  const run = useCallback(
    async (input: PoolPolicyInput): Promise<PolicyPreview> => {
      const key = JSON.stringify(input);
      latest.current = key;
      setState({ key, preview: null });
      try {
        const { data } = await client.query({ query: PREVIEW_POOL_POLICY_QUERY, variables: { input }, fetchPolicy: 'no-cache' });
        if (!data) throw new Error('previewPoolPolicy returned no data');
        if (latest.current === key) setState({ key, preview: data.previewPoolPolicy });
        return data.previewPoolPolicy;
      } catch (error) {
        if (latest.current === key) setState(null);
        throw error;
      }
    },
    [client],
  );

  const isFor = useCallback((input: PoolPolicyInput) => state !== null && state.key === JSON.stringify(input), [state]);

  return { run, isFor, preview: state?.preview ?? null, loading: state !== null && state.preview === null, asked: state !== null };
}
