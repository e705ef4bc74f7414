import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SET_MY_LOCALE } from '../../i18n/useViewerLanguage';
import { renderWithProviders } from '../../test/render';
import { NavDrawerContent } from './NavDrawerContent';

afterEach(() => localStorage.clear());

function setMyLocaleMock(locale: string) {
  const result = vi.fn(() => ({ data: { setMyLocale: { __typename: 'User' as const, id: 'u1', locale } } }));
  return { mock: { request: { query: SET_MY_LOCALE, variables: { locale } }, result }, result };
}

describe('the language switch in the user menu', () => {
  it('turns the navigation into Chinese at once and remembers the choice on the server', async () => {
    const saved = setMyLocaleMock('zh-CN');
    renderWithProviders(<NavDrawerContent />, { mocks: [saved.mock] });
    const user = userEvent.setup();
    expect(within(screen.getByRole('navigation', { name: 'Main' })).getByText('My customers')).toBeTruthy();
    const switcher = screen.getByRole('group', { name: 'Language' });
    expect(within(switcher).getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');

    await user.click(within(switcher).getByRole('button', { name: '中文' }));

    const nav = await screen.findByRole('navigation', { name: '主导航' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['我的客户', '公海', '团队', '导入', '设置']);
    expect(screen.getByTestId('user-role').textContent).toBe('销售 · East sales');
    expect(screen.getByTestId('sign-out-button').textContent).toBe('退出登录');
    // Each language keeps its own name, so the way back reads "English" in the Chinese screen too.
    const chineseSwitch = screen.getByRole('group', { name: '语言' });
    expect(within(chineseSwitch).getByRole('button', { name: '中文' }).getAttribute('aria-pressed')).toBe('true');
    expect(within(chineseSwitch).getByRole('button', { name: 'English' })).toBeTruthy();
    await waitFor(() => expect(saved.result).toHaveBeenCalledTimes(1));
  });

  it('does nothing when the language already shown is clicked', async () => {
    const saved = setMyLocaleMock('zh-CN');
    renderWithProviders(<NavDrawerContent />, { mocks: [saved.mock], locale: 'zh-CN' });
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: '中文' }));

    expect(screen.getByRole('button', { name: '中文' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('sign-out-button').textContent).toBe('退出登录');
    expect(saved.result).not.toHaveBeenCalled();
  });
});
