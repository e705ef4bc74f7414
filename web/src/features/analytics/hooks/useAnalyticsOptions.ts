import { useQuery } from '@apollo/client/react';
import { useT } from '../../../i18n/I18nProvider';
import { useCustomerLookups } from '../../customers/hooks/useCustomerLookups';
import { useReturnReasons } from '../../pool/hooks/useReturnReasons';
import { useDepartments } from '../../team/hooks/useDepartments';
import { returnReasonName } from '../analytics-format';
import { graphql } from '../../../gql';

export const CUSTOMER_SOURCES_QUERY = graphql(`
  query CustomerSources {
    sources
  }
`);

/** The filter menus' choices (the same option queries the customer list and the pool use) and the return reasons' labels. */
export function useAnalyticsOptions() {
  const t = useT();
  const lookups = useCustomerLookups({ withOwners: true });
  const { departments } = useDepartments();
  const { data } = useQuery(CUSTOMER_SOURCES_QUERY);
  const { reasons } = useReturnReasons();
  return {
    tiers: lookups.tiers,
    regions: lookups.regions,
    industries: lookups.industries,
    reps: lookups.teamMembers,
    departments,
    sources: data?.sources ?? [],
    reasonLabel: (reason: string) => returnReasonName(reason, reasons, t),
  };
}
