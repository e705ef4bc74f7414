import { failed, type RuleFailure } from './errors';

/**
 * Characters no text in Berth may carry, whatever the field. Checked once at the API's input
 * boundary for every string argument, so no service meets them; forms may call it too.
 *
 * - C0/C1 control characters (and DEL): PostgreSQL refuses NUL outright, and the others are
 *   invisible in lists and exports. Multi-line text keeps tab, newline and carriage return
 *   (CRLF from pasted text), since people write notes in lines and columns.
 * - Bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) in one-line values: they
 *   reorder what a reader sees ("Acme‮gnp.exe"), so a name could pose as another. Prose in
 *   mixed scripts may need them, so multi-line text keeps them.
 * - Lone UTF-16 surrogates: they cannot be stored as UTF-8 and would silently become U+FFFD.
 */
export type TextKind = 'line' | 'multiline';

const CONTROL_IN_LINE = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_IN_MULTILINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why `value` cannot be accepted as text of this kind, or null when it can. */
export function unsafeTextProblem(value: string, kind: TextKind = 'line'): RuleFailure | null {
  if ((kind === 'line' ? CONTROL_IN_LINE : CONTROL_IN_MULTILINE).test(value)) {
    return failed(kind === 'line' ? 'LINE_BREAKS' : 'CONTROL_CHARACTERS');
  }
  if (kind === 'line' && BIDI_CONTROL.test(value)) return failed('DIRECTION_OVERRIDES');
  if (LONE_SURROGATE.test(value)) return failed('INVALID_UNICODE');
  return null;
}
