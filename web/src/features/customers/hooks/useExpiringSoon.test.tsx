import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { DEFAULT_POOL_POLICY } from '@berth/domain';
import { customerNode } from '../../../test/customer-fixtures';
import { renderWithProviders } from '../../../test/render';
import { EXPIRING_SOON_QUERY, useExpiringSoon } from './useExpiringSoon';

const policy = { ...DEFAULT_POOL_POLICY, reminderLeadDays: 3, teamTimeZone: 'UTC' };
const start = new Date('2026-11-22T10:00:05Z');

/** The panel's hook under a clock the test moves by hand. */
function Probe() {
  const [now, setNow] = useState(start);
  const expiring = useExpiringSoon(now, policy);
  return (
    <>
      <div data-testid="probe" data-ids={expiring.customers.map((c) => c.id).join(',')} data-loading={expiring.loading} />
      <button onClick={() => setNow((n) => new Date(n.getTime() + 20_000))}>20 s later</button>
    </>
  );
}

describe('useExpiringSoon', () => {
  it('asks for the window once per minute, not on every clock reading', async () => {
    const asked: string[] = [];
    const mock = {
      request: { query: EXPIRING_SOON_QUERY, variables: () => true },
      result: (variables: { filter: { protectedUntilBefore: string } }) => {
        asked.push(variables.filter.protectedUntilBefore);
        const node = customerNode({ id: 'c1', protectedUntil: '2026-11-24T10:00:00Z' });
        return { data: { customers: { __typename: 'CustomerConnection', totalCount: 1, edges: [{ __typename: 'CustomerEdge', node }] } } };
      },
      maxUsageCount: 5,
    };
    renderWithProviders(<Probe />, { mocks: [mock] });
    await waitFor(() => expect(screen.getByTestId('probe').dataset.ids).toBe('c1'));
    expect(asked).toEqual(['2026-11-25T10:01:00.000Z']);

    // 10:00:25 and 10:00:45: the same minute, the same window.
    fireEvent.click(screen.getByText('20 s later'));
    fireEvent.click(screen.getByText('20 s later'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(asked).toHaveLength(1);

    // 10:01:05: the window moves on by a minute, and is asked for again.
    fireEvent.click(screen.getByText('20 s later'));
    await waitFor(() => expect(asked).toEqual(['2026-11-25T10:01:00.000Z', '2026-11-25T10:02:00.000Z']));
    expect(screen.getByTestId('probe').dataset.ids).toBe('c1');
    expect(screen.getByTestId('probe').dataset.loading).toBe('false');
  });
});
