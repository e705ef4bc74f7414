import { describe, expect, it } from 'vitest';
import { DEFAULT_POOL_POLICY } from '@berth/domain';
import { createI18n } from '../../../i18n/i18n';
import { LAPTOP_MIN_WIDTH } from '../hooks/useGridRoom';
import { customerGridColumns, hiddenColumnsFor, type GridRoom } from './customers-grid-columns';

/** Beside the grid: the drawer (248), the page's padding (2 × 24), a scrollbar (17) and the grid's border (2). */
const AROUND = 248 + 48 + 17 + 2;
const ROOM_FROM: Record<Exclude<GridRoom, 'TABLET'>, number> = { SMALL_LAPTOP: 1200, LAPTOP: LAPTOP_MIN_WIDTH, WIDE: 1536 };

function shown(room: GridRoom, showOwner: boolean, locale: 'en' | 'zh-CN' = 'en') {
  const { t, fmt } = createI18n(locale, 'UTC');
  const hidden = hiddenColumnsFor(room, showOwner);
  return customerGridColumns(showOwner, { now: new Date(), policy: DEFAULT_POOL_POLICY }, t, fmt).filter((c) => hidden[c.field] !== false);
}

const leastWidth = (cols: ReturnType<typeof shown>) => cols.reduce((sum, c) => sum + (c.width ?? c.minWidth ?? 0), 0);

describe('the customer grid beside the drawer', () => {
  it('shows a manager owner, region, status, protection and the company on a 1366 px laptop', () => {
    expect(shown('LAPTOP', true).map((c) => c.field)).toEqual(expect.arrayContaining(['companyName', 'owner', 'region', 'status', 'protectedUntil']));
    expect(leastWidth(shown('LAPTOP', true))).toBeLessThanOrEqual(1366 - AROUND);
  });

  it.each(Object.entries(ROOM_FROM))('needs no sideways scroll from the narrowest %s window (%i px), for a team or a rep', (room, windowWidth) => {
    expect(leastWidth(shown(room as GridRoom, true))).toBeLessThanOrEqual(windowWidth - AROUND);
    expect(leastWidth(shown(room as GridRoom, false))).toBeLessThanOrEqual(windowWidth - AROUND);
  });

  it('lets the free-text columns share what is left, not the chips and times', () => {
    const flexible = shown('WIDE', true).filter((c) => c.flex).map((c) => c.field);
    expect(flexible).toEqual(['companyName', 'industry', 'region', 'owner', 'tags']);
  });

  it('heads the columns in Chinese', () => {
    expect(shown('LAPTOP', true, 'zh-CN').map((c) => c.headerName)).toEqual(['公司', '等级', '状态', '保护期', '行业', '地区', '负责人', '标签', '更新时间']);
  });
});
