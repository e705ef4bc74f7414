import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { classCounts, clashMatch, daysFromNow, importJob, importRow, jobMock, quietProgress, renderImportJob, rowsMock } from '../imports-test-mocks';

const zh = { locale: 'zh-CN' as const, timeZone: 'Asia/Shanghai' };

describe('an import in Chinese', { timeout: 20_000 }, () => {
  it('words the columns, the fields and the mapping rules in Chinese', async () => {
    const user = renderImportJob([jobMock(importJob('UPLOADED'), Number.POSITIVE_INFINITY), quietProgress()], zh);
    const first = (await screen.findByTestId('mapping-select-0')) as HTMLSelectElement;
    expect(first.selectedOptions[0].textContent).toBe('公司名称');
    expect(Array.from(first.options).map((o) => o.textContent)).toEqual([
      '不导入', '公司名称', '电话', '邮箱', '网址', '行业', '地区', '来源', '标签', '联系人姓名', '联系人职位', '联系人手机', '联系人邮箱',
    ]);
    expect(screen.getByTestId('import-facts').textContent).toBe('XLSX · 30 行 · Mia Manager 上传于 2026年12月1日 17:00');
    expect(screen.getByTestId('check-rows').textContent).toBe('检查各行');
    await user.selectOptions(screen.getByTestId('mapping-select-4'), 'email');
    expect((await screen.findByTestId('mapping-error-4')).textContent).toBe('邮箱已被其他列选用');
    await user.selectOptions(first, '');
    expect((await screen.findByTestId('mapping-problem')).textContent).toBe('请选择哪一列是公司名称');
  });

  it('words the review’s classes and reasons in Chinese', async () => {
    const checked = importJob('CHECKED', { checkedRows: 30, classCounts: classCounts({ NEW: 27, MATCHES_OWNED: 1, INVALID: 2 }) });
    const owned = importRow(3, 'MATCHES_OWNED', ['华泰纺织', '王芳', null, null, null], {
      match: clashMatch({ id: 'c7', companyName: '上海华泰纺织有限公司', inPool: false, owner: { name: '李伟', departmentName: '华北销售部' }, protectedUntil: daysFromNow(27) }),
    });
    const invalid = importRow(7, 'INVALID', ['Acme', '赵六', null, 'not-an-email', null], {
      problems: [{ field: 'email', rule: 'INVALID_EMAIL', message: 'is not a valid email address' }],
    });
    const user = renderImportJob([jobMock(checked, Number.POSITIVE_INFINITY), rowsMock('NEW', []), rowsMock('MATCHES_OWNED', [owned]), rowsMock('INVALID', [invalid])], zh);
    const chips = await screen.findByTestId('import-class-counts');
    expect(within(chips).getAllByRole('button').map((c) => c.textContent)).toEqual(['新客户27', '文件内重复0', '公海已有0', '已有负责人1', '需要修改2']);
    expect(screen.getByTestId('import-check-line').textContent).toBe('已检查 30 / 30 行');

    await user.click(screen.getByTestId('import-class-MATCHES_OWNED'));
    await waitFor(() => expect(screen.getAllByTestId('import-review-row')).toHaveLength(1));
    const row = screen.getAllByTestId('import-review-row')[0];
    expect(within(row).getByTestId('import-row-number').textContent).toBe('第 3 行');
    expect(within(row).getByTestId('import-row-why').textContent).toBe('负责人：李伟（华北销售部） · 保护期还剩 27 天 · 匹配“上海华泰纺织有限公司”');

    await user.click(screen.getByTestId('import-class-INVALID'));
    await waitFor(() => expect(screen.getAllByTestId('import-row-problem').map((p) => p.textContent)).toEqual(['邮箱不是有效的邮箱地址']));
  });
});
