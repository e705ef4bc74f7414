/** Apollo mocks for the transfers' component tests. */
import { PREVIEW_TRANSFER_QUERY } from './hooks/useTransferPreview';
import { START_TRANSFER_MUTATION } from './hooks/useStartTransfer';
import { DECIDE_TRANSFER_MUTATION } from './hooks/useDecideTransfer';
import { TRANSFER_PROGRESS_SUBSCRIPTION } from './hooks/useTransferProgress';
import { TRANSFER_REQUEST_QUERY } from './hooks/useTransferRequest';
import { TRANSFER_REQUESTS_FIRST, TRANSFER_REQUESTS_QUERY } from './hooks/useTransferRequests';
import type { TransferCounts, TransferInput, TransferProgress, TransferStatus } from './transfer-types';
import type { TransferPlanInput } from '../../gql/graphql';

const person = (id: string, name: string) => ({ __typename: 'User', id, name });
export const LEAVER = person('u2', 'Li Wei');
export const EMMA_P = person('u3', 'Emma Novak');
export const MIA = person('u9', 'Mia Manager');
export const ADA = person('u0', 'Ada Admin');

export const counts = (customers: number, rest: Partial<TransferCounts> = {}) => ({
  __typename: 'TransferCounts', customers, contacts: 3, followUps: 7, openReminders: 1, ...rest,
});

export const progress = (requestId: string, status: TransferStatus, total: number, done = 0, moved = done, failed = 0): TransferProgress & { __typename: 'TransferProgress' } => ({
  __typename: 'TransferProgress', requestId, status, total, done, moved, failed,
});

/** A request as the server sends it: a departure of Li Wei's 12 customers to Emma, asked for by Mia. */
export function transferRequest(id: string, status: TransferStatus, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'TransferRequest',
    id,
    status,
    departure: true,
    receiverMode: 'ONE',
    needsApproval: true,
    canDecide: false,
    requestedAt: '2026-12-01T09:00:00.000Z',
    from: LEAVER,
    receivers: [EMMA_P],
    requestedBy: MIA,
    counts: counts(12),
    progress: progress(id, status, 12),
    note: 'Leaves on Friday',
    keepReadDays: null,
    decidedAt: null,
    decisionComment: null,
    startedAt: null,
    finishedAt: null,
    decidedBy: null,
    perReceiver: [{ __typename: 'TransferReceiverShare', customers: 12, user: EMMA_P }],
    ...overrides,
  };
}

/** The summary fields only, for the list. */
export function listed(request: ReturnType<typeof transferRequest>) {
  const { note: _n, keepReadDays: _k, decidedAt: _da, decisionComment: _dc, startedAt: _s, finishedAt: _f, decidedBy: _db, perReceiver: _p, ...summary } = request;
  return summary;
}

export function previewMock(input: TransferPlanInput, result: { needsApproval: boolean; customers: number; perReceiver: { user: { id: string; name: string } | null; customers: number; room: number | null }[] }) {
  return {
    request: { query: PREVIEW_TRANSFER_QUERY, variables: { input } },
    result: {
      data: {
        previewTransfer: {
          __typename: 'TransferPreview',
          needsApproval: result.needsApproval,
          counts: counts(result.customers),
          perReceiver: result.perReceiver.map((r) => ({ __typename: 'TransferReceiverShare', ...r, user: r.user ? person(r.user.id, r.user.name) : null })),
        },
      },
    },
  };
}

export const startMock = (input: TransferInput, result: object) => ({ request: { query: START_TRANSFER_MUTATION, variables: { input } }, result });

export const decideMock = (id: string, approve: boolean, comment: string | null, result: object) => ({
  request: { query: DECIDE_TRANSFER_MUTATION, variables: { id, approve, comment } },
  result,
});

export const requestsMock = (requests: ReturnType<typeof transferRequest>[]) => ({
  request: { query: TRANSFER_REQUESTS_QUERY, variables: { first: TRANSFER_REQUESTS_FIRST } },
  result: { data: { transferRequests: requests.map(listed) } },
});

export const requestMock = (request: ReturnType<typeof transferRequest>, failedItems: object[] = []) => ({
  request: { query: TRANSFER_REQUEST_QUERY, variables: { id: request.id } },
  result: { data: { transferRequest: request, failedItems } },
});

export const failedItem = (customerId: string, companyName: string | null, outcome: string) => ({
  __typename: 'TransferItem', customerId, companyName, outcome, doneAt: '2026-12-01T10:00:00.000Z', to: EMMA_P,
});

/** One progress event, `delay` ms after subscribing. */
export const progressEvent = (p: ReturnType<typeof progress>, delay = 50) => ({
  request: { query: TRANSFER_PROGRESS_SUBSCRIPTION, variables: { id: p.requestId } },
  result: { data: { transferProgress: p } },
  delay,
});

/** A request's progress that stays quiet for the length of a test. */
export const quietProgress = (id: string) => ({
  request: { query: TRANSFER_PROGRESS_SUBSCRIPTION, variables: { id } },
  result: { data: null },
  delay: 600_000,
});
