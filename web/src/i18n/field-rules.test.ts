import { describe, expect, it } from 'vitest';
import { fieldProblem, FIELD_RULES, type FieldRule } from '@berth/domain';
import { phraseProblem, toFieldErrors } from '../shared/forms/field-errors';
import { en } from './catalogue/en';
import { createI18n } from './i18n';

describe('field problems', () => {
  it('have a message in the catalogue for every rule the domain can report', () => {
    const missing = (Object.keys(FIELD_RULES) as FieldRule[]).filter((rule) => !(`field.rule.${rule}` in en));
    expect(missing).toEqual([]);
  });

  it("are phrased from the rule and its parameters in the viewer's language", () => {
    const zh = createI18n('zh-CN', 'UTC').t;
    expect(phraseProblem('公司名称', fieldProblem('companyName', 'REQUIRED'), zh)).toBe('公司名称为必填项');
    expect(phraseProblem('备注', fieldProblem('note', 'TOO_LONG', { max: 1000 }), zh)).toBe('备注最多 1,000 个字符');
    expect(toFieldErrors([fieldProblem('tags.2', 'TOO_LONG', { max: 40 })], {}, zh)).toEqual({ 'tags.2': '标签 3最多 40 个字符' });
  });

  it('fall back to the English predicate for a rule the catalogue does not know', () => {
    const en = createI18n('en', 'UTC').t;
    expect(phraseProblem('Company', { message: 'is odd', rule: 'SOMETHING_NEW' as FieldRule }, en)).toBe('Company is odd');
    expect(phraseProblem('Company', { message: 'Whole sentence.' }, en)).toBe('Whole sentence.');
  });
});
