import { describe, expect, it } from 'vitest';
import { DEFAULT_INDUSTRIES, industryList } from '../src';

describe('industryList', () => {
  it('always holds the defaults, sorted by name', () => {
    expect(industryList([])).toEqual([...DEFAULT_INDUSTRIES].sort());
  });

  it('adds typed names, one per spelling that differs only in case or spaces, a default spelling winning', () => {
    const list = industryList(['Port logistics', 'port Logistics ', 'RETAIL', 'aquaculture', '  ']);
    expect(list).toContain('Port logistics');
    expect(list).not.toContain('port Logistics');
    expect(list).toContain('Retail');
    expect(list).not.toContain('RETAIL');
    expect(list.filter((name) => name.toLowerCase() === 'port logistics')).toHaveLength(1);
    expect(list).not.toContain('');
    expect(list.indexOf('aquaculture')).toBe(0);
  });

  it('stops at the cap, keeping the defaults and the names given first (the most used)', () => {
    const stored = Array.from({ length: 30 }, (_, i) => `Trade ${i}`);
    const list = industryList(stored, 15);
    expect(list).toHaveLength(15);
    for (const name of DEFAULT_INDUSTRIES) expect(list).toContain(name);
    expect(list).toContain('Trade 0');
    expect(list).toContain('Trade 4');
    expect(list).not.toContain('Trade 5');
  });
});
