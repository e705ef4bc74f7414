import type { Score } from './metrics';

export const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** A Markdown table, so the output can be pasted into docs/benchmarks.md as it is. */
export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export const SCORE_HEADER = ['predicted', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1'];

export function scoreCells(s: Score): string[] {
  return [
    String(s.truePositives + s.falsePositives),
    String(s.truePositives),
    String(s.falsePositives),
    String(s.falseNegatives),
    pct(s.precision),
    pct(s.recall),
    pct(s.f1),
  ];
}
