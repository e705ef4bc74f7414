import { describe, expect, it } from 'vitest';
import { duplicateFieldsDiffer, toDuplicateCheckInput } from './duplicate-check-input';

const blank = { companyName: '', website: '', email: '', phone: '' };

describe('toDuplicateCheckInput', () => {
  it('asks nothing while every field is empty or the name alone is one character', () => {
    expect(toDuplicateCheckInput(blank)).toBeNull();
    expect(toDuplicateCheckInput({ ...blank, companyName: '  A ' })).toBeNull();
  });

  it('sends trimmed values, leaving out the empty ones', () => {
    expect(toDuplicateCheckInput({ ...blank, companyName: ' Acme Trading ', phone: '+86 21 6123 4567' })).toEqual({
      companyName: 'Acme Trading',
      phone: '+86 21 6123 4567',
    });
  });

  it('checks the other fields while the name is still too short', () => {
    expect(toDuplicateCheckInput({ ...blank, companyName: 'A', email: 'sales@acme.com' })).toEqual({ email: 'sales@acme.com' });
  });

  it('leaves out a name that is only a legal form so far', () => {
    expect(toDuplicateCheckInput({ ...blank, companyName: 'Co., Ltd.', phone: '+86 21 6123 4567' })).toEqual({ phone: '+86 21 6123 4567' });
  });

  it('leaves out values still being typed', () => {
    expect(toDuplicateCheckInput({ companyName: 'Acme', website: 'acme', email: 'sales@', phone: '+8' })).toEqual({
      companyName: 'Acme',
    });
  });

  it('excludes the customer being edited', () => {
    expect(toDuplicateCheckInput({ ...blank, companyName: 'Acme' }, 'c7')).toEqual({ companyName: 'Acme', excludeCustomerId: 'c7' });
  });
});

describe('duplicateFieldsDiffer', () => {
  it('ignores surrounding spaces and fields the check does not read', () => {
    expect(duplicateFieldsDiffer({ ...blank, companyName: 'Acme' }, { ...blank, companyName: ' Acme ' })).toBe(false);
    expect(duplicateFieldsDiffer({ ...blank, email: 'a@acme.com' }, blank)).toBe(true);
  });
});
