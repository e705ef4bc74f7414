import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { followUpNode, fromNow } from '../../../test/follow-up-fixtures';
import { renderWithProviders } from '../../../test/render';
import type { FollowUpTimelineCustomer } from './FollowUpTimeline.fragment';
import { FollowUpTimeline } from './FollowUpTimeline';

function timeline(followUps: object[]): FollowUpTimelineCustomer {
  return { id: 'c1', followUps } as FollowUpTimelineCustomer;
}

const call = followUpNode({ nextStep: 'Send the signed quote', remindAt: fromNow(3) });
const note = followUpNode({ id: 'f2', type: 'NOTE', content: 'Prefers WeChat', counted: false, occurredAt: fromNow(-5) });
const wechat = followUpNode({ id: 'f3', type: 'WECHAT', content: 'ok', counted: false, occurredAt: fromNow(-0.5), author: null });

describe('FollowUpTimeline', () => {
  it('lists follow-ups newest first, marking the ones that extend protection', () => {
    renderWithProviders(<FollowUpTimeline customer={timeline([call, note, wechat])} />);

    const items = within(screen.getByTestId('follow-up-timeline')).getAllByTestId('follow-up-item');
    expect(items.map((item) => item.dataset.type)).toEqual(['WECHAT', 'CALL', 'NOTE']);
    expect(items.map((item) => item.dataset.counted)).toEqual(['false', 'true', 'false']);

    const [latest, counted, uncounted] = items;
    expect(within(counted).getByText('Call')).toBeTruthy();
    expect(within(counted).getByTestId('follow-up-counted').textContent).toBe('extends protection');
    expect(within(counted).getByText(/by Rita Rep/)).toBeTruthy();
    expect(within(counted).getByTestId('follow-up-when').textContent).toBe('2 days ago');
    expect(within(counted).getByTestId('follow-up-next-step').textContent).toBe('Next: Send the signed quote');
    expect(within(counted).getByTestId('follow-up-remind-at').textContent).toMatch(/^Reminder /);

    expect(within(uncounted).getByText('Note')).toBeTruthy();
    expect(within(uncounted).queryByTestId('follow-up-counted')).toBeNull();
    expect(within(uncounted).queryByTestId('follow-up-next-step')).toBeNull();
    expect(within(latest).getByText('WeChat')).toBeTruthy();
    expect(within(latest).getByTestId('follow-up-when').textContent).toBe('12 hours ago');
  });

  it('invites logging the first follow-up when there are none', () => {
    renderWithProviders(<FollowUpTimeline customer={timeline([])} />);

    const empty = screen.getByTestId('follow-up-timeline');
    expect(within(empty).queryAllByTestId('follow-up-item')).toHaveLength(0);
    expect(empty.textContent).toContain('No follow-ups yet. Log the first one');
    expect(screen.getByTestId('log-follow-up-button')).toBeTruthy();
  });

  it('says while typing whether the follow-up will count toward protection, and why not', async () => {
    renderWithProviders(<FollowUpTimeline customer={timeline([])} />);
    const user = userEvent.setup();
    await user.click(screen.getByTestId('log-follow-up-button'));
    const form = await screen.findByTestId('follow-up-form');
    const hint = () => within(form).getByTestId('follow-up-counted-hint');

    await user.type(within(form).getByRole('textbox', { name: /Summary/ }), 'Quote  ok');
    expect(hint().dataset.counted).toBe('false');
    expect(hint().textContent).toBe("Won't extend protection: write at least 10 characters (8 so far)");

    await user.type(within(form).getByRole('textbox', { name: /Summary/ }), '!!');
    expect(hint().dataset.counted).toBe('true');
    expect(hint().textContent).toBe('Counts toward protection');

    await user.click(within(form).getByRole('combobox', { name: 'Type' }));
    await user.click(await screen.findByRole('option', { name: 'Note' }));
    expect(hint().dataset.counted).toBe('false');
    expect(hint().textContent).toBe("Won't extend protection: only calls, visits, meetings and emails count");
  });

  it('offers every kind of follow-up, a call by default, happening now', async () => {
    renderWithProviders(<FollowUpTimeline customer={timeline([])} />);
    const user = userEvent.setup();
    await user.click(screen.getByTestId('log-follow-up-button'));
    const form = await screen.findByTestId('follow-up-form');

    expect(form.querySelector<HTMLInputElement>('input[name="type"]')?.value).toBe('CALL');
    const occurredAt = form.querySelector<HTMLInputElement>('input[name="occurredAt"]');
    expect(occurredAt?.value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(occurredAt?.max).toBe(occurredAt?.value);
    await user.click(within(form).getByRole('combobox', { name: 'Type' }));
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Call', 'Visit', 'Meeting', 'Email', 'WeChat', 'Note', 'Other']);
  });
});
