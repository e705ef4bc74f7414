import { describe, expect, it } from 'vitest';
import { isLocale, preferredLocale, resolveLocale } from '../src/locale';

describe('locales', () => {
  it('reads any Chinese as Simplified Chinese and any English as English', () => {
    expect(resolveLocale('zh')).toBe('zh-CN');
    expect(resolveLocale('zh-Hans-CN')).toBe('zh-CN');
    expect(resolveLocale('ZH_tw')).toBe('zh-CN');
    expect(resolveLocale('en-GB')).toBe('en');
  });

  it('falls back to English for an unknown or broken locale', () => {
    expect(resolveLocale('fr-FR')).toBe('en');
    expect(resolveLocale('')).toBe('en');
    expect(resolveLocale(null)).toBe('en');
    expect(resolveLocale(42)).toBe('en');
  });

  it("takes the browser's first language Berth speaks", () => {
    expect(preferredLocale(['fr-FR', 'zh-CN', 'en'])).toBe('zh-CN');
    expect(preferredLocale(['de', 'fr'])).toBe('en');
    expect(preferredLocale([])).toBe('en');
  });

  it('knows exactly the two catalogues', () => {
    expect(isLocale('zh-CN')).toBe(true);
    expect(isLocale('zh')).toBe(false);
  });
});
