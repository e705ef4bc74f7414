import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { activitySentence } from './activity-sentence';
import { activityItem } from './activity-test-mocks';

const edit = activityItem({ field: 'aliases', before: JSON.stringify([]), after: JSON.stringify(['Shanghai Huatai Textile', 'Huatai']) });

describe('an edit of the other names in the activity log', () => {
  it.each([
    ['en', 'Olga Owner changed the other names from nothing to Shanghai Huatai Textile, Huatai'],
    ['zh-CN', 'Olga Owner 将其他名称从“空”改为“Shanghai Huatai Textile、Huatai”'],
  ] as const)('names the field (%s)', (locale, sentence) => {
    const { t, fmt } = createI18n(locale, 'UTC');
    expect(activitySentence(edit, { t, fmt })).toBe(sentence);
  });
});
