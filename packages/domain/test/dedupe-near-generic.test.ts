import { describe, expect, it } from 'vitest';
import { distinctiveNameOf } from '../src';
import { nearGenericIndex } from '../src/dedupe/near-generic-word';

describe('words one edit from a generic word', () => {
  const near = nearGenericIndex(['trading', 'technology', 'logistics', 'shanghai', 'telecommunications']);

  it.each(['tradng', 'tradiing', 'trasing', 'technolgy', 'logistic', 'shanghia', 'telecommunication'])('counts %s as generic', (word) => {
    expect(near(word)).toBe(true);
  });

  it.each(['trade', 'tradewinds', 'techno', 'logo', 'acme', 'traxxing', 'shanghaitang', '鑫康科技'])('leaves %s alone', (word) => {
    expect(near(word)).toBe(false);
  });

  it('applies inside distinctive names', () => {
    expect(distinctiveNameOf('acme tradng')).toBe('acme');
    expect(distinctiveNameOf('xinkang technolgy')).toBe('xinkang');
    expect(distinctiveNameOf('tradewinds')).toBe('tradewinds');
  });
});
