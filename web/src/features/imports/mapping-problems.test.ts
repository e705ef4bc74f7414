import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { mappingErrors, mappingProblems } from './mapping-problems';

const { t } = createI18n('en', 'UTC');
const HEADERS = ['Company', 'Tel', 'Phone', 'Notes'];

describe('the problems of a column mapping', () => {
  it('finds what the server would refuse, with the shared rules, and words each where it belongs', () => {
    const problems = mappingProblems([null, 'phone', 'phone', null], 4, 'x'.repeat(81));
    expect(problems.map((p) => `${p.field}:${p.rule}`)).toEqual(['mapping.2:LISTED_TWICE', 'mapping:NEEDS_COMPANY_NAME', 'source:TOO_LONG']);
    expect(mappingErrors(problems, HEADERS, t)).toEqual({
      general: ['Choose which column holds the company name'],
      columns: { 2: 'Phone is already chosen for another column' },
      source: 'Trade show or source must be at most 40 characters',
    });
  });

  it('finds nothing wrong with one company-name column and no field twice', () => {
    expect(mappingProblems(['companyName', 'phone', null, 'tags'], 4, ' Canton Fair 2026 ')).toEqual([]);
  });

  it('names a column by number and header for a problem it has no words of its own for', () => {
    const errors = mappingErrors([{ field: 'mapping.3', message: 'is not one of the choices', rule: 'NOT_AN_OPTION' }], HEADERS, t);
    expect(errors.columns).toEqual({ 3: 'Column 4 (Notes) is not one of the choices' });
  });
});
