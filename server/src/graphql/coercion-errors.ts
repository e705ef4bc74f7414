import { fieldProblem } from '@berth/domain';
import type { FieldProblem } from '@berth/domain';

/**
 * graphql-js refuses values that do not fit their declared types before any resolver runs,
 * and says where only in its message. These are its (16.x) phrasings; each is read back into
 * the field problem Berth reports, named by variable or argument path as the client wrote it
 * (`input.contacts.2.email`). The schema fuzz test breaks if graphql-js rewords them.
 */
const PATTERNS: { pattern: RegExp; problem: (m: RegExpExecArray) => FieldProblem }[] = [
  {
    // Variable "$input" got invalid value "x" at "input.contacts[2].email"; Expected type "String". …
    pattern: /^Variable "\$(\w+)" got invalid value [\s\S]*? at "(\1(?:\.\w+|\[\d+\])*)"; ([\s\S]*)$/,
    problem: (m) => ({ field: dotted(m[2]), message: m[3] }),
  },
  {
    // Variable "$first" got invalid value "many"; Int cannot represent non-integer value: "many"
    pattern: /^Variable "\$(\w+)" got invalid value (?:"(?:[^"\\]|\\.)*"|[^;"]*); ([\s\S]*)$/,
    problem: (m) => ({ ...fieldProblem(m[1], 'INVALID_VALUE'), message: m[2] }),
  },
  {
    pattern: /^Variable "\$(\w+)" got invalid value /,
    problem: (m) => fieldProblem(m[1], 'INVALID_VALUE'),
  },
  { pattern: /^Variable "\$(\w+)" of required type "[^"]+" was not provided\.$/, problem: (m) => fieldProblem(m[1], 'REQUIRED') },
  { pattern: /^Variable "\$(\w+)" of non-null type "[^"]+" must not be null\.$/, problem: (m) => fieldProblem(m[1], 'MUST_NOT_BE_NULL') },
  // A nullable variable (or none) in a defaulted non-null argument: `first: $n` with $n = null.
  { pattern: /^Argument "(\w+)" of required type "[^"]+" was not provided\.$/, problem: (m) => fieldProblem(m[1], 'REQUIRED') },
  { pattern: /^Argument "(\w+)" of non-null type "[^"]+" must not be null\.$/, problem: (m) => fieldProblem(m[1], 'MUST_NOT_BE_NULL') },
  { pattern: /^Argument "(\w+)" has invalid value /, problem: (m) => fieldProblem(m[1], 'INVALID_VALUE') },
];

/** The field problem behind a graphql-js coercion error, or null for any other message. */
export function coercionProblem(message: string): FieldProblem | null {
  for (const { pattern, problem } of PATTERNS) {
    const m = pattern.exec(message);
    if (m) {
      const found = problem(m);
      return { field: found.field, message: clipped(found.message) };
    }
  }
  return null;
}

/** graphql-js echoes the refused value, which may be 100 kB of text: the start says enough. */
export function clipped(message: string, max = 300): string {
  return message.length > max ? `${message.slice(0, max)}…` : message;
}

/** `input.contacts[2].email` → `input.contacts.2.email`, the path form every other problem uses. */
function dotted(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1');
}
