import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import {
  EMPTY_CUSTOMER_FORM,
  toCreateInput,
  toUpdateInput,
  validateCustomerForm,
  type CustomerFormValues,
} from './customer-form-values';

const { t } = createI18n('en', 'UTC');

const filled: CustomerFormValues = {
  ...EMPTY_CUSTOMER_FORM,
  companyName: 'Acme',
  website: 'acme.com',
  email: 'hello@acme.com',
  tags: ['port'],
  tier: 'B',
};

describe('customer form values', () => {
  it('creates with trimmed values and without blanks', () => {
    expect(toCreateInput({ ...filled, companyName: '  Acme  ', phone: '   ' })).toEqual({
      companyName: 'Acme',
      website: 'acme.com',
      email: 'hello@acme.com',
      tags: ['port'],
      tier: 'B',
      status: 'NEW',
    });
  });

  it('updates only what changed, with null for a cleared field', () => {
    const edited = { ...filled, email: '', tags: ['port', 'priority'] };
    expect(toUpdateInput(edited, filled)).toEqual({ email: null, tags: ['port', 'priority'] });
    expect(toUpdateInput({ ...filled, companyName: 'Acme ' }, filled)).toEqual({});
  });

  it('validates what will be sent: a blank name is missing, a blank email is fine', () => {
    const errors = validateCustomerForm({ ...filled, companyName: '   ', email: '  ' }, t);
    expect(errors).toEqual({ companyName: 'Company name is required' });
  });

  it("names the field in the viewer's language", () => {
    const zh = createI18n('zh-CN', 'UTC').t;
    expect(validateCustomerForm({ ...filled, companyName: '   ' }, zh)).toEqual({ companyName: '公司名称为必填项' });
  });

  it('refuses a name that is only a legal form, as the duplicate check does', () => {
    expect(validateCustomerForm({ ...filled, companyName: 'Co., Ltd.' }, t)).toEqual({
      companyName: 'Company name must contain more than a legal form or punctuation',
    });
  });
});
