import type { FieldProblem } from '@berth/domain';

/**
 * Multi-entry fields (phones, emails) are sent without blank or repeated entries, so item
 * `phones.0` on the wire may be the second box on screen. `origin[i]` is the on-screen index
 * of the i-th sent entry; problems are moved back onto the box the user typed in.
 */
export function compactEntries(entries: string[]): { values: string[]; origin: number[] } {
  const values: string[] = [];
  const origin: number[] = [];
  const seen = new Set<string>();
  entries.forEach((raw, index) => {
    const value = raw.trim();
    const key = value.toLowerCase();
    if (value && !seen.has(key)) {
      seen.add(key);
      values.push(value);
      origin.push(index);
    }
  });
  return { values, origin };
}

/** Also for entries with parts: `aliases.1.name` moves to `aliases.3.name`. */
export function remapItemProblems(problems: FieldProblem[], field: string, origin: number[]): FieldProblem[] {
  return problems.map((problem) => {
    const match = problem.field.match(new RegExp(`^${field}\\.(\\d+)(\\.\\w+)?$`));
    if (!match) return problem;
    const onScreen = origin[Number(match[1])];
    return onScreen === undefined ? { ...problem, field } : { ...problem, field: `${field}.${onScreen}${match[2] ?? ''}` };
  });
}
