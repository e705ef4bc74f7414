/** Apollo mocks, fixtures, the import page as its tests open it and a stand-in XMLHttpRequest for the imports' component tests. */
import { createElement } from 'react';
import { afterEach, beforeEach, vi } from 'vitest';
import { act } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CommitImportInput, ImportField, ImportOutcome, ImportOutcomeReason, ImportRowClass, ImportStatus, ImportUndoResult, StartImportInput } from '../../gql/graphql';
import type { ImportClassCounts, ImportOutcomeCounts } from './import-types';
import { MANAGER, renderWithProviders } from '../../test/render';
import type { Viewer } from '../auth/me-query';
import { ASSIGNABLE_REPS_QUERY } from '../pool/hooks/useAssignableReps';
import { CANCEL_IMPORT_MUTATION } from './hooks/useCancelImport';
import { COMMIT_IMPORT_MUTATION } from './hooks/useCommitImport';
import { IMPORT_JOB_QUERY } from './hooks/useImportJob';
import { IMPORT_JOBS_QUERY } from './hooks/useImportJobs';
import { IMPORT_PROGRESS_SUBSCRIPTION } from './hooks/useImportProgress';
import { IMPORT_ROWS_PAGE, IMPORT_ROWS_QUERY } from './hooks/useImportRows';
import { START_IMPORT_MUTATION } from './hooks/useStartImport';
import { UNDO_IMPORT_MUTATION } from './hooks/useUndoImport';
import { ImportJobPage } from './pages/ImportJobPage';

const person = (id: string, name: string) => ({ __typename: 'User', id, name });
/** The uploader: the same person as render.tsx's MANAGER. */
export const MIA = person('u9', 'Mia Manager');
export const RITA = person('u1', 'Rita Rep');

export const HEADERS = ['公司名称', 'Contact', 'Mobile', 'E-mail', 'Booth'];
export const GUESSED: (ImportField | null)[] = ['companyName', 'contactName', 'contactMobile', 'email', null];
export const SAMPLE_ROWS = [
  ['上海华泰纺织有限公司', '王芳', '138 0013 8000', 'info@huatai.cn', 'A-12'],
  ['Harbour Textiles Limited', 'Ann Lee', null, 'ann@harbour.example', 'B-3'],
  ['Delta Foods Co.', 'Bob', '139 0000 1111', null, null],
];

export const classCounts = (counts: Partial<ImportClassCounts> = {}) => ({
  __typename: 'ImportClassCounts', NEW: 0, DUPLICATE_IN_FILE: 0, MATCHES_POOL: 0, MATCHES_OWNED: 0, INVALID: 0, ...counts,
});

export const outcomeCounts = (counts: Partial<ImportOutcomeCounts> = {}) => ({
  __typename: 'ImportOutcomeCounts', CREATED: 0, FILLED: 0, MERGED: 0, SKIPPED: 0, FAILED: 0, CANCELLED: 0, ...counts,
});

/** The write's pace as the server works it out by its own clock. */
export const pace = (rowsPerSecond: number, secondsLeft: number) => ({ __typename: 'ImportPace', rowsPerSecond, secondsLeft });
type ServedPace = ReturnType<typeof pace>;

/** An undo's created customers so far: removed, and kept because someone worked on them. */
export const undoCounts = (removed: number, kept: number) => ({ __typename: 'ImportUndoCounts', removed, kept });

/** Import 12 as the server sends it: Mia's canton-fair.xlsx of 30 rows, at `status`. */
export function importJob(status: ImportStatus, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'ImportJob',
    id: '12',
    fileName: 'canton-fair.xlsx',
    fileKind: 'XLSX',
    status,
    totalRows: 30,
    createdAt: '2026-12-01T09:00:00.000Z',
    createdBy: MIA,
    source: null as string | null,
    headers: HEADERS,
    mapping: GUESSED,
    sampleRows: SAMPLE_ROWS,
    checkedRows: 0,
    checkedAt: null as string | null,
    errorCode: null as string | null,
    classCounts: classCounts(),
    choices: null as object | null,
    destination: null as object | null,
    importStartedAt: null as string | null,
    finishedAt: null as string | null,
    doneRows: 0,
    pace: null as ServedPace | null,
    outcomeCounts: outcomeCounts(),
    undoCounts: undoCounts(0, 0),
    undoneAt: null as string | null,
    undoableUntil: null as string | null,
    ...overrides,
  };
}

export type ServedImportJob = ReturnType<typeof importJob>;

/**
 * Import 12's page as `user` sees it (Mia, its uploader, unless said), in `locale`, its dates in
 * UTC unless said, so they read the same on any machine; answers the user that clicks and types.
 */
export function renderImportJob(mocks: object[], options: { user?: Viewer; locale?: 'en' | 'zh-CN'; timeZone?: string } = {}) {
  const { user = MANAGER, locale, timeZone = 'UTC' } = options;
  renderWithProviders(createElement(ImportJobPage), { route: '/imports/12', path: '/imports/:id', user, locale, timeZone, mocks: mocks as never });
  return userEvent.setup();
}

/** The summary fields only, for the list. */
export function listed(job: ServedImportJob) {
  const { id, fileName, fileKind, status, totalRows, createdAt, createdBy } = job;
  return { __typename: job.__typename, id, fileName, fileKind, status, totalRows, createdAt, createdBy };
}

export const jobMock = (job: ServedImportJob, maxUsageCount = 1) => ({
  request: { query: IMPORT_JOB_QUERY, variables: { id: job.id } },
  result: { data: { importJob: job } },
  maxUsageCount,
});

/** The job as it stands whenever it is read (`current()` at each answer), for reads racing a mutation. */
export const liveJobMock = (current: () => ServedImportJob) => ({
  request: { query: IMPORT_JOB_QUERY, variables: { id: current().id } },
  result: () => ({ data: { importJob: current() } }),
  maxUsageCount: Number.POSITIVE_INFINITY,
});

export const jobErrorMock = (id: string, result: object) => ({ request: { query: IMPORT_JOB_QUERY, variables: { id } }, result });

export const jobsMock = (jobs: ServedImportJob[]) => ({
  request: { query: IMPORT_JOBS_QUERY },
  result: { data: { importJobs: jobs.map(listed) } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

/** startImport answered with `result`; `sent` collects the inputs it was called with. */
export function startMock(input: StartImportInput, result: object, sent: StartImportInput[] = []) {
  return {
    request: { query: START_IMPORT_MUTATION, variables: { input } },
    result: (variables: { input: StartImportInput }) => {
      sent.push(variables.input);
      return result;
    },
  };
}

export const progress = (status: ImportStatus, checkedRows: number, totalRows = 30, counts: Partial<ImportClassCounts> = {}) => ({
  __typename: 'ImportProgress', id: '12', status, checkedRows, totalRows, classCounts: classCounts(counts),
  doneRows: 0, importStartedAt: null as string | null, pace: null as ServedPace | null, outcomeCounts: outcomeCounts(), undoCounts: undoCounts(0, 0),
});

/** A progress event of an undo of import 12's 30 written rows: `removed` and `kept` of its created customers so far. */
export const undoProgress = (status: ImportStatus, removed: number, kept: number) => ({ ...progress(status, 30), doneRows: 30, undoCounts: undoCounts(removed, kept) });

/** A progress event of the write: `doneRows` of `totalRows` written since `importStartedAt`, at the server's `writePace`. */
export const writeProgress = (
  status: ImportStatus, doneRows: number, totalRows: number, importStartedAt: string, outcomes: Partial<ImportOutcomeCounts> = {}, writePace: ServedPace | null = null,
) => ({
  ...progress(status, totalRows, totalRows),
  doneRows,
  importStartedAt,
  pace: writePace,
  outcomeCounts: outcomeCounts(outcomes),
});

/** One progress event, `delay` ms after subscribing. */
export const progressEvent = (p: ReturnType<typeof progress> | ReturnType<typeof writeProgress>, delay = 50) => ({
  request: { query: IMPORT_PROGRESS_SUBSCRIPTION, variables: { id: p.id } },
  result: { data: { importProgress: p } },
  delay,
});

/** An import's progress that stays quiet for the length of a test. */
export const quietProgress = (id = '12') => ({
  request: { query: IMPORT_PROGRESS_SUBSCRIPTION, variables: { id } },
  result: { data: null },
  delay: 600_000,
});

type Problem = { field: string; rule: string | null; message: string; params?: Record<string, string> };

/** A checked row as the server sends it; the cells follow HEADERS. */
type RowExtra = {
  earlierRow?: number; problems?: Problem[]; match?: object; outcome?: ImportOutcome; outcomeReason?: ImportOutcomeReason; customer?: object; undo?: ImportUndoResult;
};

export function importRow(rowNumber: number, rowClass: ImportRowClass, cells: (string | null)[], extra: RowExtra = {}) {
  return {
    __typename: 'ImportRow',
    rowNumber,
    cells,
    class: rowClass,
    earlierRow: extra.earlierRow ?? null,
    outcome: extra.outcome ?? null,
    outcomeReason: extra.outcomeReason ?? null,
    customer: extra.customer ?? null,
    undo: extra.undo ?? null,
    problems: (extra.problems ?? []).map((p) => ({
      __typename: 'ImportProblem',
      field: p.field,
      rule: p.rule,
      message: p.message,
      params: Object.entries(p.params ?? {}).map(([name, value]) => ({ __typename: 'ImportProblemParam', name, value })),
    })),
    match: extra.match ?? null,
  };
}

/** A match as a clash shows it (the customer as DuplicateMatchItem_customer has it): `id` null when the viewer may not open the customer. */
export function clashMatch(customer: { id: string | null; companyName: string; inPool: boolean; owner?: { name: string; departmentName: string | null } | null; protectedUntil?: string | null }) {
  return {
    __typename: 'DuplicateMatch',
    verdict: 'WARN',
    customer: {
      __typename: 'ClashCustomer',
      id: customer.id,
      companyName: customer.companyName,
      inPool: customer.inPool,
      protectedUntil: customer.protectedUntil ?? null,
      owner: customer.owner ? { __typename: 'ClashOwner', ...customer.owner } : null,
    },
  };
}

/** The customer a written row went into, as it stands now: `id` null when the viewer may not open it. */
export function rowCustomer(id: string | null, companyName: string, inPool: boolean, owner: { name: string; departmentName: string | null } | null = null) {
  return { __typename: 'ClashCustomer', id, companyName, inPool, owner: owner ? { __typename: 'ClashOwner', ...owner } : null };
}

export const rowsMock = (rowClass: ImportRowClass, rows: ReturnType<typeof importRow>[], afterRow = 0, id = '12') => ({
  request: { query: IMPORT_ROWS_QUERY, variables: { id, class: rowClass, afterRow, first: IMPORT_ROWS_PAGE } },
  result: { data: { importJob: { __typename: 'ImportJob', id, rows } } },
});

/** One outcome's rows after the write. */
export const outcomeRowsMock = (outcome: ImportOutcome, rows: ReturnType<typeof importRow>[], afterRow = 0, id = '12') => ({
  request: { query: IMPORT_ROWS_QUERY, variables: { id, outcome, afterRow, first: IMPORT_ROWS_PAGE } },
  result: { data: { importJob: { __typename: 'ImportJob', id, rows } } },
});

/** One undo group's rows (its results, as the page asks for them) after an undo. */
export const undoRowsMock = (undo: ImportUndoResult[], rows: ReturnType<typeof importRow>[], afterRow = 0, id = '12') => ({
  request: { query: IMPORT_ROWS_QUERY, variables: { id, undo, afterRow, first: IMPORT_ROWS_PAGE } },
  result: { data: { importJob: { __typename: 'ImportJob', id, rows } } },
});

/** undoImport answered with `result` (the job, UNDOING, or a refusal); `called` collects the ids sent. */
export function undoMock(id: string, result: object, called: string[] = []) {
  return {
    request: { query: UNDO_IMPORT_MUTATION, variables: { id } },
    result: () => {
      called.push(id);
      return result;
    },
  };
}

/** commitImport answered with `result`; `sent` collects the inputs it was called with. */
export function commitMock(input: CommitImportInput, result: object, sent: CommitImportInput[] = []) {
  return {
    request: { query: COMMIT_IMPORT_MUTATION, variables: { input } },
    result: (variables: { input: CommitImportInput }) => {
      sent.push(variables.input);
      return result;
    },
  };
}

/** cancelImport answered with the job as it stands after it. */
export function cancelMock(job: ServedImportJob, called: string[] = []) {
  return {
    request: { query: CANCEL_IMPORT_MUTATION, variables: { id: job.id } },
    result: () => {
      called.push(job.id);
      return { data: { cancelImport: job } };
    },
  };
}

const NAMES: Record<string, string> = { u1: 'Rita Rep', u2: 'Ada Rep', u3: 'Ben Rep', u9: 'Mia Manager' };

/** Where the new customers go, as the server answers it: the reps named, in the order dealt. */
export function servedDestination(kind: string, userIds: readonly (string | number)[] = [], strategy: string | null = null) {
  const ids = userIds.map(String);
  return { __typename: 'ImportDestination', kind, userIds: ids, strategy, users: ids.map((id) => ({ __typename: 'User', id, name: NAMES[id] ?? id })) };
}

const teamMember = (id: string, name: string, role = 'REP') => ({
  __typename: 'User', id, name, role, disabled: false, department: { __typename: 'Department', id: 'd1', name: 'East sales' },
});
export const ADA = teamMember('u2', 'Ada Rep');
export const BEN = teamMember('u3', 'Ben Rep');

/** The manager's team, as the Assign dialog's picker reads it. */
export const teamMock = (members = [teamMember(RITA.id, RITA.name), ADA, BEN]) => ({
  request: { query: ASSIGNABLE_REPS_QUERY },
  result: { data: { teamMembers: members } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

/** An instant `days` days and a half from now: "protected for <days> more days" whatever the test's own clock. */
export const daysFromNow = (days: number) => new Date(Date.now() + (days + 0.5) * 24 * 3600 * 1000).toISOString();

/**
 * XMLHttpRequest as the uploader uses it, driven by the test: the last one made is `FakeXhr.last()`;
 * `progress`, `respond` and `fail` fire its events inside act().
 */
export class FakeXhr {
  static made: FakeXhr[] = [];
  static last(): FakeXhr | undefined {
    return FakeXhr.made.at(-1);
  }

  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown = null;
  status = 0;
  responseText = '';
  withCredentials = false;
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;

  constructor() {
    FakeXhr.made.push(this);
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
  }
  abort() {
    this.onabort?.();
  }
  /** The file part of the form sent. */
  file(): File | null {
    return this.body instanceof FormData ? (this.body.get('file') as File | null) : null;
  }
  progress(loaded: number, total: number) {
    act(() => this.upload.onprogress?.({ lengthComputable: true, loaded, total }));
  }
  respond(status: number, body: object | string) {
    act(() => {
      this.status = status;
      this.responseText = typeof body === 'string' ? body : JSON.stringify(body);
      this.onload?.();
    });
  }
  fail() {
    act(() => this.onerror?.());
  }
}

/** In each test of the describe it is called in, XMLHttpRequest is a FakeXhr, none made yet. */
export function fakeXhrInEachTest() {
  beforeEach(() => {
    FakeXhr.made = [];
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
  });
  afterEach(() => vi.unstubAllGlobals());
}

/** The server's refusal of an upload, as POST /api/imports answers it. */
export const uploadRefusal = (code: string) => ({ errors: [{ message: `${code} from server`, extensions: { code } }] });
