import { describe, expect, it } from 'vitest';
import { unsafeTextProblem } from '../src/text-safety';

describe('unsafeTextProblem', () => {
  it.each([
    ['NUL', 'Acme\u0000'],
    ['another C0 control', 'Acme\u0007'],
    ['DEL', 'Acme\u007f'],
    ['a C1 control', 'Acme\u0085'],
    ['a lone surrogate', 'Acme\ud800'],
  ])('refuses %s in any text', (_what, value) => {
    expect(unsafeTextProblem(value, 'line')).not.toBeNull();
    expect(unsafeTextProblem(value, 'multiline')).not.toBeNull();
  });

  it.each([
    ['a tab', 'a\tb'],
    ['a newline', 'a\nb'],
    ['CRLF', 'a\r\nb'],
    ['a right-to-left override', 'Acme\u202egnp.exe'],
    ['a left-to-right embedding', '\u202aAcme'],
    ['a first-strong isolate', 'Acme \u2068x\u2069'],
  ])('refuses %s in one-line text but keeps it in multi-line text', (_what, value) => {
    expect(unsafeTextProblem(value, 'line')).not.toBeNull();
    expect(unsafeTextProblem(value, 'multiline')).toBeNull();
  });

  it.each([
    ['plain text', 'Acme Ltd'],
    ['emoji', 'Acme 🚀🏳️‍🌈'],
    ['right-to-left letters', 'شركة أكمي'],
    ['Chinese', '北京贝斯有限公司'],
    ['the empty string', ''],
    ['a right-to-left mark (not an override)', 'Acme\u200f'],
  ])('accepts %s', (_what, value) => {
    expect(unsafeTextProblem(value, 'line')).toBeNull();
  });
});
