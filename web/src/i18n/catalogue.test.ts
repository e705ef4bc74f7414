import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { en } from './catalogue/en';
import { zh } from './catalogue/zh';
import { createI18n } from './i18n';

const CATALOGUES: Record<string, Record<string, string>> = { en, 'zh-CN': zh };

/** The arguments a message uses, with their kinds, e.g. "count:plural", "name:argument". */
function argumentsOf(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument) found.add(`${element.value}:argument`);
    else if (element.type === TYPE.number) found.add(`${element.value}:number`);
    else if (element.type === TYPE.date || element.type === TYPE.time) found.add(`${element.value}:date`);
    else if (element.type === TYPE.tag) {
      found.add(`${element.value}:tag`);
      argumentsOf(element.children, found);
    } else if (element.type === TYPE.plural || element.type === TYPE.select) {
      found.add(`${element.value}:${element.type === TYPE.plural ? 'plural' : 'select'}`);
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    }
  }
  return found;
}

/** A plural in one language may be plain `{count}` in another (Chinese has no plural forms). */
function comparable(args: Set<string>): string[] {
  return [...args].map((a) => a.replace(/:(plural|number)$/, ':argument')).sort();
}

describe('message catalogues', () => {
  it('have the same keys in every language', () => {
    const english = Object.keys(en).sort();
    for (const [locale, catalogue] of Object.entries(CATALOGUES)) {
      const keys = Object.keys(catalogue).sort();
      expect({ locale, missing: english.filter((k) => !keys.includes(k)) }).toEqual({ locale, missing: [] });
      expect({ locale, extra: keys.filter((k) => !english.includes(k)) }).toEqual({ locale, extra: [] });
    }
  });

  it('hold valid ICU messages that take the same arguments in every language', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const english = comparable(argumentsOf(parse(en[key])));
      for (const [locale, catalogue] of Object.entries(CATALOGUES)) {
        const message = catalogue[key];
        expect({ key, locale, empty: message.trim() === '' }).toEqual({ key, locale, empty: false });
        expect({ key, locale, args: comparable(argumentsOf(parse(message))) }).toEqual({ key, locale, args: english });
      }
    }
  });

  it('falls back to English for an unknown locale', () => {
    // @ts-expect-error — a value from storage or a header may be anything
    expect(createI18n('fr-FR', 'UTC').t('common.save')).toBe('Save');
  });

  it('speaks Chinese durations and dates in Chinese', () => {
    const { t, fmt } = createI18n('zh-CN', 'Asia/Shanghai');
    expect(t('time.daysLeft', { count: 3 })).toBe('还剩 3 天');
    expect(fmt.date('2026-12-09T02:00:00Z')).toBe('2026年12月9日');
    expect(fmt.timeLeft('2026-12-09T12:00:00Z', new Date('2026-12-06T12:00:00Z'))).toBe('还剩 3 天');
  });

  it('speaks English plurals', () => {
    const { fmt } = createI18n('en', 'UTC');
    const now = new Date('2026-12-06T12:00:00Z');
    expect(fmt.timeLeft('2026-12-07T13:00:00Z', now)).toBe('1 day left');
    expect(fmt.timeLeft('2026-12-09T13:00:00Z', now)).toBe('3 days left');
    expect(fmt.relative('2026-12-06T11:59:50Z', now)).toBe('just now');
    expect(fmt.relative('2026-12-03T12:00:00Z', now)).toBe('3 days ago');
  });
});
