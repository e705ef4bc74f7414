import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { placeRuleProblems, toFormValues, toRulesInput, validateRulesForm, type DuplicateRule } from './duplicate-rules-form';

const { t } = createI18n('en', 'UTC');

const rules: DuplicateRule[] = [
  { dimension: 'NAME', method: 'EXACT', enabled: true, action: 'BLOCK' },
  { dimension: 'NAME', method: 'SIMILAR', enabled: true, action: 'WARN' },
  { dimension: 'EMAIL', method: 'EXACT', enabled: true, action: 'BLOCK' },
];

describe('duplicate rules form', () => {
  it('accepts thresholds from 0.3 to 1.0 only', () => {
    expect(validateRulesForm({ rules, similarNameThreshold: '0.3' }, t).similarNameThreshold).toBeUndefined();
    expect(validateRulesForm({ rules, similarNameThreshold: '1' }, t).similarNameThreshold).toBeUndefined();
    for (const bad of ['0.29', '1.01', '', 'abc']) {
      expect(validateRulesForm({ rules, similarNameThreshold: bad }, t).similarNameThreshold).toBe(
        'Similar-name threshold must be between 0.3 and 1',
      );
    }
  });

  it('sends the rules in the order shown, with the threshold as a number', () => {
    expect(toRulesInput({ rules, similarNameThreshold: '0.55' })).toEqual({ rules, similarNameThreshold: 0.55 });
  });

  it('shows the rows in a stable order whatever order the server keeps', () => {
    const shuffled = { rules: [rules[2], rules[1], rules[0]], similarNameThreshold: 0.65 };
    expect(toFormValues(shuffled)).toEqual({ rules, similarNameThreshold: '0.65' });
  });

  it("puts the server's problems on the row and control they name", () => {
    const placed = placeRuleProblems(
      [
        { field: 'similarNameThreshold', message: 'must be at least 0.3' },
        { field: 'rules.2.action', message: 'must be BLOCK for exact email' },
        { field: 'rules.1', message: 'Similar matching only applies to names.' },
        { field: 'rules', message: 'must list every dimension' },
        { field: 'rules.9.action', message: 'is unknown' },
      ],
      rules,
      t,
    );
    expect(placed.fields).toEqual({
      similarNameThreshold: 'Similar-name threshold must be at least 0.3',
      'rules.2.action': 'Email (exact) action must be BLOCK for exact email',
      'rules.1': 'Similar matching only applies to names.',
    });
    expect(placed.general).toEqual(['Rules must list every dimension', 'Rule 10 is unknown']);
  });

  it('names rows in Chinese', () => {
    const zh = createI18n('zh-CN', 'UTC').t;
    const placed = placeRuleProblems([{ field: 'rules.2.action', message: 'is not one of the choices', rule: 'NOT_AN_OPTION' }], rules, zh);
    expect(placed.fields['rules.2.action']).toMatch(/^邮箱（精确）的处理方式/);
  });
});
