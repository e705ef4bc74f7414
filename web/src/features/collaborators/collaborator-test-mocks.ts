/** Apollo mocks for the collaborators' and activity's component tests. */
import { pageCustomer } from '../../test/follow-up-fixtures';
import { CUSTOMER_PAGE_QUERY } from '../customers/pages/CustomerPage';
import { COLLEAGUES_QUERY, COLLEAGUES_SHOWN } from './hooks/useCollaboratorCandidates';
import type { AddCollaboratorInput } from '../../gql/graphql';
import { ADD_COLLABORATOR, LEAVE_CUSTOMER, REMOVE_COLLABORATOR } from './hooks/useCollaboratorMutations';

export const person = (id: string, name: string) => ({ __typename: 'User', id, name });
export const RITA = person('u1', 'Rita Rep');
export const EMMA = person('u3', 'Emma Novak');
export const MIA = person('u9', 'Mia Manager');

export function collaboratorNode(user = EMMA, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Collaborator',
    user,
    access: 'READ',
    expiresAt: null,
    grantedAt: '2026-11-20T08:00:00Z',
    grantedBy: RITA,
    ...overrides,
  };
}

/** Rita's customer as the page asks for it; `overrides` set the viewer's access and the collaborators. */
export function sharedCustomer(overrides: Record<string, unknown> = {}) {
  return pageCustomer({
    ownershipEvents: [
      {
        __typename: 'OwnershipEvent',
        id: 'e1',
        kind: 'CREATED',
        from: null,
        to: RITA,
        actor: RITA,
        reason: null,
        reasonDetail: null,
        occurredAt: '2026-11-01T08:00:00Z',
      },
    ],
    ...overrides,
  });
}

export function pageMock(customer: object) {
  return { request: { query: CUSTOMER_PAGE_QUERY, variables: { id: 'c1' } }, result: { data: { customer } }, maxUsageCount: 3 };
}

/** The customer the collaborator mutations answer with: the list's fields only. */
function listPart(collaborators: object[]) {
  return { __typename: 'Customer', id: 'c1', companyName: 'Acme Logistics', myAccess: 'FULL', owner: RITA, collaborators };
}

export function addMock(input: AddCollaboratorInput, result: object[] | { errors: object[]; data: null }) {
  return {
    request: { query: ADD_COLLABORATOR, variables: { input } },
    result: Array.isArray(result) ? { data: { addCollaborator: listPart(result) } } : result,
  };
}

export function removeMock(userId: string, left: object[]) {
  return { request: { query: REMOVE_COLLABORATOR, variables: { customerId: 'c1', userId } }, result: { data: { removeCollaborator: listPart(left) } } };
}

export function leaveMock(userId: string) {
  return { request: { query: LEAVE_CUSTOMER, variables: { customerId: 'c1', userId } }, result: { data: { removeCollaborator: { __typename: 'Customer', id: 'c1' } } } };
}

/** A field problem as the server sends it: field, rule and its parameters. */
export function fieldProblemResult(field: string, rule: string, params: Record<string, unknown> = {}) {
  return {
    errors: [{ message: 'BAD_USER_INPUT from server', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: `input.${field}`, message: rule, rule, params }] } }],
    data: null,
  };
}

/** The sharing picker's people: a teammate, someone of another team (name and department only), the owner. */
export function colleaguesMock() {
  const department = (id: string, name: string) => ({ __typename: 'Department', id, name });
  return {
    request: { query: COLLEAGUES_QUERY, variables: { first: COLLEAGUES_SHOWN } },
    result: {
      data: {
        colleagues: [
          { ...EMMA, role: 'REP', department: department('d1', 'North team') },
          { ...person('u7', 'Sven South'), role: null, department: department('d2', 'South team') },
          { ...RITA, role: 'REP', department: department('d1', 'North team') },
        ],
      },
    },
  };
}
