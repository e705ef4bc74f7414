import type { PoolPolicy } from './policy';

/** One setting an edit changed, by its field path (the same paths validation errors use). */
export interface PolicyChange {
  field: string;
  /** The value as text; null when the setting did not exist on that side (e.g. a new tier override). */
  before: string | null;
  after: string | null;
}

/**
 * What an admin's edit changed, setting by setting, for the version history: nested settings are
 * flattened to paths (`protectionDays.byTier.A`), lists compare as a whole (`followUpTypes`,
 * `returnReasons`), and unchanged settings are left out. Field order follows the policy.
 */
export function diffPoolPolicies(before: PoolPolicy, after: PoolPolicy): PolicyChange[] {
  const left = flatten(before);
  const right = flatten(after);
  return fieldsInOrder(before, after)
    .filter((field) => left.get(field) !== right.get(field))
    .map((field) => ({ field, before: left.get(field) ?? null, after: right.get(field) ?? null }));
}

/** Both sides' paths, a nested setting's own keys kept together where the policy places it. */
function fieldsInOrder(before: unknown, after: unknown, path = ''): string[] {
  if (!isRecord(before) && !isRecord(after)) return [path];
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.flatMap((key) => fieldsInOrder(b[key], a[key], path ? `${path}.${key}` : key));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function flatten(policy: PoolPolicy): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (value: unknown, path: string) => {
    if (isRecord(value)) {
      for (const [key, inner] of Object.entries(value)) visit(inner, path ? `${path}.${key}` : key);
    } else {
      out.set(path, textOf(value));
    }
  };
  visit(policy, '');
  return out;
}

function textOf(value: unknown): string {
  if (value === null) return 'off';
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v))).join(', ');
  return String(value);
}
