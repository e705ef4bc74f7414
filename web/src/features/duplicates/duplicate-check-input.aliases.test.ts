import { describe, expect, it } from 'vitest';
import { duplicateFieldsDiffer, toDuplicateCheckInput } from './duplicate-check-input';

const typed = { companyName: '上海华泰纺织有限公司', website: '', email: '', phone: '' };
const named = (...names: string[]) => ({ ...typed, aliases: names.map((name) => ({ name })) });

describe('other names in the live duplicate check', () => {
  it('sends the typed ones that say something, trimmed and each once', () => {
    expect(toDuplicateCheckInput(named(' Shanghai Huatai Textile ', '', 'H', 'Co., Ltd.', 'Shanghai Huatai Textile', 'x'.repeat(201)))).toEqual({
      companyName: '上海华泰纺织有限公司',
      aliases: ['Shanghai Huatai Textile'],
    });
    expect(toDuplicateCheckInput(named('', ' '))).toEqual({ companyName: '上海华泰纺织有限公司' });
  });

  it('asks about an other name while the company name is still empty', () => {
    expect(toDuplicateCheckInput({ ...named('Huatai Textile'), companyName: '' })).toEqual({ aliases: ['Huatai Textile'] });
  });

  it('counts a changed other name as a change to what the check reads', () => {
    expect(duplicateFieldsDiffer(named('Huatai'), named(' Huatai', ''))).toBe(false);
    expect(duplicateFieldsDiffer(named('Huatai'), named('Huatai Textile'))).toBe(true);
    expect(duplicateFieldsDiffer(named('Huatai'), typed)).toBe(true);
  });
});
