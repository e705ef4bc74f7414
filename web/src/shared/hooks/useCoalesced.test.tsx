import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useCoalesced } from './useCoalesced';

describe('useCoalesced', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the first call at once and a burst after it once more, when the window closes', () => {
    const action = vi.fn();
    const { result } = renderHook(() => useCoalesced(action, 250));

    act(() => result.current());
    expect(action).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 49; i++) act(() => result.current());
    expect(action).toHaveBeenCalledTimes(1);

    act(() => vi.advanceTimersByTime(250));
    expect(action).toHaveBeenCalledTimes(2);
    act(() => vi.advanceTimersByTime(250));
    expect(action).toHaveBeenCalledTimes(2);

    // Quiet again: the next call runs at once.
    act(() => result.current());
    expect(action).toHaveBeenCalledTimes(3);
  });

  it('runs nothing after unmounting', () => {
    const action = vi.fn();
    const { result, unmount } = renderHook(() => useCoalesced(action, 250));
    act(() => result.current());
    act(() => result.current());
    unmount();
    act(() => vi.advanceTimersByTime(1000));
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('answers a call made while a read is still running with one more read after it settles, not by joining it', async () => {
    const reads: (() => void)[] = [];
    const action = vi.fn(() => new Promise<void>((resolve) => reads.push(resolve)));
    const { result } = renderHook(() => useCoalesced(action, 250));

    act(() => result.current());
    act(() => vi.advanceTimersByTime(300));
    // The first read is slow: an event now must not be answered by it.
    act(() => result.current());
    expect(action).toHaveBeenCalledTimes(1);
    await act(async () => reads[0]());
    expect(action).toHaveBeenCalledTimes(2);
    await act(async () => reads[1]());
    act(() => vi.advanceTimersByTime(1000));
    expect(action).toHaveBeenCalledTimes(2);
  });
});
