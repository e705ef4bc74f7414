import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { MemoryRouter, useLocation, useNavigate } from 'react-router';
import { useCustomerListUrl } from './useCustomerListUrl';

function renderAt(url: string, withOwner = true) {
  const wrapper = ({ children }: { children: ReactNode }) => <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>;
  return renderHook(() => ({ list: useCustomerListUrl({ withOwner }), location: useLocation(), navigate: useNavigate() }), { wrapper });
}

describe('useCustomerListUrl', () => {
  it('keeps every change made before the page renders again, in one URL', async () => {
    const { result } = renderAt('/customers?figure=HOLDINGS&rep=12');

    act(() => {
      result.current.list.onFilterChange({ status: 'WON' });
      result.current.list.onFilterChange({ tier: 'A' });
      result.current.list.onShapeChange({ sort: { field: 'COMPANY_NAME', direction: 'ASC' } });
    });

    expect(result.current.list.filter).toEqual({ status: 'WON', tier: 'A' });
    await waitFor(() => expect(result.current.location.search).toBe('?figure=HOLDINGS&rep=12&status=WON&tier=A&sort=COMPANY_NAME:ASC'));
  });

  it('shows what the URL says when it moves on its own, and steps back one change at a time', async () => {
    const { result } = renderAt('/customers?status=WON');
    act(() => result.current.list.onFilterChange({ status: 'LOST' }));
    await waitFor(() => expect(result.current.location.search).toBe('?status=LOST'));
    act(() => result.current.list.onShapeChange({ pageSize: 50 }));
    await waitFor(() => expect(result.current.location.search).toBe('?status=LOST&size=50'));

    act(() => void result.current.navigate(-1));
    await waitFor(() => expect(result.current.list.pageSize).toBe(25));
    expect(result.current.list.filter).toEqual({ status: 'LOST' });

    act(() => void result.current.navigate(-1));
    await waitFor(() => expect(result.current.list.filter).toEqual({ status: 'WON' }));

    act(() => void result.current.navigate('/customers?q=acme&tier=B'));
    await waitFor(() => expect(result.current.list.filter).toEqual({ text: 'acme', tier: 'B' }));
  });

  it('adds no history entry for a change that changes nothing, and leaves junk alone until a real one', async () => {
    const { result } = renderAt('/customers?status=BOGUS&q=acme');
    const before = result.current.location.key;

    act(() => result.current.list.onFilterChange({ text: 'acme', status: undefined }));

    expect(result.current.location.key).toBe(before);
    expect(result.current.location.search).toBe('?status=BOGUS&q=acme');
    act(() => result.current.list.onFilterChange({ tier: 'C' }));
    await waitFor(() => expect(result.current.location.search).toBe('?q=acme&tier=C'));
  });

  it('gives a rep no owner filter, whatever the link says', () => {
    const { result } = renderAt('/customers?owner=12&status=WON', false);
    expect(result.current.list.filter).toEqual({ status: 'WON' });
  });
});
