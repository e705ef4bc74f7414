/**
 * Every failure Berth reports carries one of these codes in `extensions.code`.
 * The table is the single source of truth: the server maps codes to GraphQL errors from it,
 * the web app maps codes to messages from it. A `Record` keyed by the union means a new code
 * cannot be added without saying how it is reported.
 */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'INVALID_CREDENTIALS'
  | 'LOGIN_THROTTLED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'DUPLICATE_CUSTOMER'
  | 'DUPLICATE_NEEDS_ACKNOWLEDGEMENT'
  | 'ALREADY_OWNED'
  | 'DAILY_LIMIT_REACHED'
  | 'HOLDING_CAP_REACHED'
  | 'PREVIOUS_OWNER_COOLDOWN'
  | 'NEW_ENTRY_COOLDOWN'
  | 'NOT_VISIBLE'
  | 'IN_POOL'
  | 'NEEDS_APPROVAL'
  | 'ALREADY_DECIDED'
  | 'CANNOT_DECIDE_OWN'
  | 'OWNER_CHANGED'
  | 'TRANSFER_UNDER_WAY'
  | 'FILE_TYPE_NOT_SUPPORTED'
  | 'FILE_TOO_LARGE'
  | 'FILE_UNPACKS_TOO_LARGE'
  | 'FILE_PASSWORD_PROTECTED'
  | 'FILE_UNREADABLE'
  | 'FILE_HAS_NO_ROWS'
  | 'FILE_TOO_MANY_ROWS'
  | 'IMPORT_ALREADY_STARTED'
  | 'TOO_MANY_OPEN_IMPORTS'
  | 'IMPORT_NOT_CHECKED'
  | 'IMPORT_NOT_FINISHED'
  | 'IMPORT_CREATED_NOTHING'
  | 'UNDO_WINDOW_PASSED'
  | 'BAD_REQUEST'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'QUERY_TOO_COMPLEX'
  | 'TOO_MANY_SUBSCRIPTIONS'
  | 'BROKEN_INVARIANT'
  | 'INTERNAL_SERVER_ERROR';

export interface ErrorCodeInfo {
  /** HTTP status when the error aborts a whole request before execution. */
  httpStatus: number;
  /** What a user is told when the server gives no better message. */
  defaultMessage: string;
}

export const ERROR_CODES: Record<ErrorCode, ErrorCodeInfo> = {
  UNAUTHENTICATED: { httpStatus: 401, defaultMessage: 'Please sign in.' },
  INVALID_CREDENTIALS: { httpStatus: 200, defaultMessage: 'Email or password is incorrect.' },
  // Too many failed sign-ins for this email or from this address; `extensions.retryAt` says when.
  LOGIN_THROTTLED: { httpStatus: 200, defaultMessage: 'Too many failed sign-in attempts. Please wait before trying again.' },
  FORBIDDEN: { httpStatus: 200, defaultMessage: 'You are not allowed to do that.' },
  NOT_FOUND: { httpStatus: 200, defaultMessage: 'Not found.' },
  BAD_USER_INPUT: { httpStatus: 200, defaultMessage: 'Some fields need attention.' },
  DUPLICATE_CUSTOMER: { httpStatus: 200, defaultMessage: 'This customer is already in Berth.' },
  DUPLICATE_NEEDS_ACKNOWLEDGEMENT: {
    httpStatus: 200,
    defaultMessage: 'This looks like a customer already in Berth: confirm it is a different company to save it.',
  },
  BAD_REQUEST: { httpStatus: 400, defaultMessage: 'The request could not be understood.' },
  // Claim refusals (decideClaim); batch operations report them per item.
  ALREADY_OWNED: { httpStatus: 200, defaultMessage: 'Someone already owns this customer.' },
  DAILY_LIMIT_REACHED: { httpStatus: 200, defaultMessage: 'You have reached your claims for today.' },
  HOLDING_CAP_REACHED: { httpStatus: 200, defaultMessage: 'You already hold as many customers as you may.' },
  PREVIOUS_OWNER_COOLDOWN: { httpStatus: 200, defaultMessage: 'You held this customer recently; wait before claiming it again.' },
  NEW_ENTRY_COOLDOWN: { httpStatus: 200, defaultMessage: 'This customer has just entered the pool; it opens for claims shortly.' },
  NOT_VISIBLE: { httpStatus: 200, defaultMessage: 'Customer not found.' },
  IN_POOL: { httpStatus: 200, defaultMessage: 'This customer is already in the public pool.' },
  NEEDS_APPROVAL: { httpStatus: 200, defaultMessage: 'This move needs approval: start a transfer request instead.' },
  ALREADY_DECIDED: { httpStatus: 200, defaultMessage: 'This transfer request has already been decided.' },
  CANNOT_DECIDE_OWN: { httpStatus: 200, defaultMessage: 'You cannot approve or reject your own transfer request.' },
  OWNER_CHANGED: { httpStatus: 200, defaultMessage: 'The customer changed hands after the request was made, so it was left where it is.' },
  TRANSFER_UNDER_WAY: { httpStatus: 200, defaultMessage: "A transfer of this rep's customers is already waiting or running." },
  // An import file refused as a whole, before any row is read (rows get field problems instead).
  FILE_TYPE_NOT_SUPPORTED: { httpStatus: 415, defaultMessage: 'Upload an Excel workbook (.xlsx) or a CSV file; save an old .xls workbook as .xlsx first.' },
  FILE_TOO_LARGE: { httpStatus: 413, defaultMessage: 'The file is larger than 20 MB; split it into smaller files.' },
  // A workbook is a zip: one can be small and unpack to gigabytes. Refused before it is read.
  FILE_UNPACKS_TOO_LARGE: { httpStatus: 413, defaultMessage: 'The workbook unpacks to far more data than its cards need; save it again as a plain .xlsx, or split it.' },
  FILE_PASSWORD_PROTECTED: { httpStatus: 400, defaultMessage: 'The workbook is protected by a password: remove it in Excel and upload the file again.' },
  FILE_UNREADABLE: { httpStatus: 400, defaultMessage: 'The file is damaged or is not really a workbook or CSV file.' },
  FILE_HAS_NO_ROWS: { httpStatus: 400, defaultMessage: 'The file has no cards: it is empty or has a header row only.' },
  FILE_TOO_MANY_ROWS: { httpStatus: 400, defaultMessage: 'The file has more than 50,000 rows; split it into smaller files.' },
  // Each open import keeps its file (up to 20 MB): a user finishes or cancels some before uploading more.
  TOO_MANY_OPEN_IMPORTS: { httpStatus: 429, defaultMessage: 'You have 10 imports open already: import or cancel one of them first.' },
  IMPORT_ALREADY_STARTED: { httpStatus: 200, defaultMessage: 'This import has already started; upload the file again to map it differently.' },
  IMPORT_NOT_CHECKED: { httpStatus: 200, defaultMessage: 'This import is still being checked; choose what to import once every row is checked.' },
  // Undoing an import: only one that has ended, created customers, and ended less than 24 hours ago.
  IMPORT_NOT_FINISHED: { httpStatus: 200, defaultMessage: 'Only an import that has finished (or was cancelled while writing) can be undone.' },
  IMPORT_CREATED_NOTHING: { httpStatus: 200, defaultMessage: 'This import created no customers, so there is nothing to undo.' },
  UNDO_WINDOW_PASSED: { httpStatus: 200, defaultMessage: 'An import can be undone for 24 hours after it ends; this one ended earlier.' },
  GRAPHQL_PARSE_FAILED: { httpStatus: 400, defaultMessage: 'The request is not valid GraphQL.' },
  GRAPHQL_VALIDATION_FAILED: { httpStatus: 400, defaultMessage: 'The request does not match the schema.' },
  QUERY_TOO_COMPLEX: { httpStatus: 400, defaultMessage: 'The request asks for too much at once.' },
  // One WebSocket runs this many operations at once at most; finishing one frees its place.
  TOO_MANY_SUBSCRIPTIONS: { httpStatus: 429, defaultMessage: 'Too many live updates are open on this connection; close some first.' },
  // Stored data breaks a rule the product itself keeps (e.g. a customer without its ownership
  // row): a bug or a hand edit, never the user's doing. The message names the rule.
  BROKEN_INVARIANT: { httpStatus: 500, defaultMessage: 'Some stored data is inconsistent; please tell your administrator.' },
  INTERNAL_SERVER_ERROR: { httpStatus: 500, defaultMessage: 'Something went wrong on our side.' },
};

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CODES, value);
}

/** A problem with one input field: `field` names it as the input does, e.g. `email` or `tags.2`. */
export interface FieldProblem {
  field: string;
  /** English, phrased as a predicate ("is required") so each side names the field its own way. */
  message: string;
  /**
   * The rule that failed (`FIELD_RULES`) and its parameters, so a client can say it in the
   * viewer's language; absent only for problems no client shows in a form.
   */
  rule?: FieldRule;
  params?: Record<string, string | number>;
}

/** Thrown by domain rules and services; the server turns it into a GraphQL error with `code`. */
export class BerthError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = ERROR_CODES[code].defaultMessage,
    readonly fields: FieldProblem[] = [],
    /** Structured data a client needs to act on the error (e.g. the duplicate matches). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'BerthError';
  }

  static badInput(fields: FieldProblem[]): BerthError {
    const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
    return new BerthError('BAD_USER_INPUT', summary || ERROR_CODES.BAD_USER_INPUT.defaultMessage, fields);
  }
}

/**
 * Every rule a field can fail, with its English predicate; `{name}` marks a parameter. Clients
 * phrase a problem from its rule and parameters in the viewer's language, and fall back to
 * `message` for a rule they do not know yet.
 */
export const FIELD_RULES = {
  REQUIRED: 'is required',
  MUST_NOT_BE_NULL: 'must not be null',
  INVALID_VALUE: 'is not a valid value for its type',
  TOO_LONG: 'must be at most {max} characters',
  TOO_MANY: 'must list at most {max}',
  COUNT_RANGE: 'must list {min} to {max}',
  AT_LEAST_ONE: 'must list at least one',
  LISTED_TWICE: 'lists {value} twice',
  INVALID_EMAIL: 'is not a valid email address',
  INVALID_PHONE: 'is not a valid phone number',
  INVALID_WEBSITE: 'is not a valid website address',
  DATE_FORMAT: 'must be a date as YYYY-MM-DD',
  NOT_A_REAL_DATE: 'is not a real date',
  IN_FUTURE: 'cannot be in the future',
  BEFORE_FOLLOW_UP: 'cannot be before the follow-up',
  BEFORE_START: 'must not be before the start',
  RANGE_TOO_LONG: 'must be at most {years} years after the start',
  TOO_MANY_BUCKETS: 'would make {count} points; at most {max}',
  REQUIRED_FOR_CUSTOM_RANGE: 'is required for a custom range',
  NOT_A_BOOLEAN: 'must be true or false',
  NOT_AN_INTEGER: 'must be a whole number',
  TOO_SMALL: 'must be at least {min}',
  TOO_LARGE: 'must be at most {max}',
  BETWEEN: 'must be between {min} and {max}',
  NOT_AN_OPTION: 'is not one of the choices',
  UNKNOWN_TIME_ZONE: 'is not a known time zone (e.g. Europe/Berlin)',
  UNKNOWN_TIER: 'is not a known tier',
  INVALID_TIER_CODE: 'is not a valid tier code',
  UNKNOWN_REGION: 'is not a known region',
  UNKNOWN_RETURN_REASON: 'is not one of the return reasons',
  NOT_FOUND: 'does not exist or is not visible to you',
  INVALID_ID: 'is not a valid id',
  INVALID_CURSOR: 'is not a cursor from this list (start again from the first page)',
  NOTE_REQUIRED_FOR_REASON: 'is required for "{reason}"',
  REASON_CODE_FORMAT: 'must be like NO_CONTACT (capitals, digits, underscores)',
  REMINDER_LEAD_TOO_LONG: 'must be shorter than the shortest protection period ({days} days)',
  NEEDS_RULE_FOR: 'needs a rule for {slot}',
  CONTROL_CHARACTERS: 'must not contain control characters',
  LINE_BREAKS: 'must not contain control characters (including tabs and line breaks)',
  DIRECTION_OVERRIDES: 'must not contain text-direction override characters',
  INVALID_UNICODE: 'is not valid Unicode text',
  NAME_WITHOUT_SUBSTANCE: 'must contain more than a legal form or punctuation',
  SAME_AS_COMPANY_NAME: 'is the company name itself',
  CANNOT_DISABLE_SELF: 'cannot be yourself',
  NOT_IN_YOUR_TEAM: 'user {id} is not in your team',
  REP_DISABLED: 'names {name}, who is disabled and cannot hold customers',
  EITHER_IDS_OR_FILTER: 'give either customerIds or poolFilter',
  NO_MATCH: 'matches no pool customer',
  MATCHES_NONE: 'matches no customer',
  NONE_FOR_POOL: 'must be empty when the customers go to the pool',
  RECEIVER_IS_SOURCE: 'cannot include the rep whose customers move',
  NOT_THEIRS: 'names customer {id}, which {name} does not own',
  NOTHING_TO_MOVE: 'holds no customers to move',
  IS_THE_OWNER: 'is the owner already',
  USER_DISABLED: 'is disabled',
  MUST_BE_FUTURE: 'must be in the future',
  AT_MOST_DAYS_AHEAD: 'must be at most {days} days ahead',
  MATCHES_TOO_MANY: 'matches more than {max} customers; narrow it down',
  PAGE_SIZE: 'must be a whole number from 1 to {max}',
  NEEDS_COMPANY_NAME: 'must map a column to the company name',
} as const;

export type FieldRule = keyof typeof FIELD_RULES;

/** A rule that failed on a value, before it is attached to a field. */
export interface RuleFailure {
  rule: FieldRule;
  params?: Record<string, string | number>;
}

export function failed(rule: FieldRule, params?: Record<string, string | number>): RuleFailure {
  return params ? { rule, params } : { rule };
}

/** The English predicate of a failure, parameters filled in. */
export function ruleMessage(rule: FieldRule, params: Record<string, string | number> = {}): string {
  return FIELD_RULES[rule].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? englishValue(params[name]) : whole));
}

function englishValue(value: string | number): string {
  return typeof value === 'number' ? value.toLocaleString('en-US') : value;
}

/** A problem from its rule: the English message is the table's, with the parameters filled in. */
export function fieldProblem(field: string, rule: FieldRule, params: Record<string, string | number> = {}): FieldProblem {
  const message = ruleMessage(rule, params);
  return Object.keys(params).length > 0 ? { field, message, rule, params } : { field, message, rule };
}

export function problemOf(field: string, failure: RuleFailure): FieldProblem {
  return fieldProblem(field, failure.rule, failure.params);
}
