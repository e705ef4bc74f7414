/** The formats the result file comes in. */
export const RESULT_FORMATS = ['xlsx', 'csv'] as const;
export type ResultFormat = (typeof RESULT_FORMATS)[number];

/** The language of a file Berth writes for the viewer (the template, a result): Chinese for any Chinese locale, else English. */
export function fileLanguage(locale: string): 'en' | 'zh' {
  return locale.startsWith('zh') ? 'zh' : 'en';
}

/** The file as uploaded, each row with its outcome and reason (GET /api/imports/:id/result, on the session cookie). */
export function resultFileUrl(id: string, format: ResultFormat, locale: string): string {
  return `/api/imports/${encodeURIComponent(id)}/result?format=${format}&lang=${fileLanguage(locale)}`;
}
