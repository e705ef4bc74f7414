import {
  BerthError,
  canSeeCustomer,
  collaboratorProblems,
  COLLABORATOR_LIMITS,
  fieldChanges,
  fieldProblem,
  type CollaboratorAccess,
  type Viewer,
} from '@berth/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../clock';
import type { CustomerEntity } from '../customers/customer.entity';
import type { OrgRepository } from '../org/org.repository';
import type { CustomerService } from '../customers/customer.service';
import type { AssignRepository } from '../pool/assign.repository';
import type { CollaboratorRepository, CollaboratorRow } from './collaborator.repository';

/**
 * Colleagues given access to someone else's customer — while a rep is on leave, or across
 * departments — read-only or read-write, optionally until an expiry. The owner and the managers
 * whose scope holds the customer grant and withdraw it; a collaborator may leave on their own.
 * A grant is a change to the customer: it is locked, marked updated and announced like an edit.
 */
export class CollaboratorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly customers: CustomerService,
    private readonly collaborators: CollaboratorRepository,
    private readonly people: AssignRepository,
    private readonly org: OrgRepository,
    private readonly clock: Clock,
  ) {}

  async add(viewer: Viewer, customerId: number, input: { userId: number; access: CollaboratorAccess; expiresAt: Date | null }): Promise<CustomerEntity> {
    const { customer } = await this.customers.changeVisible(viewer, customerId, async (manager, customer) => {
      await this.assertMayGrant(manager, viewer, customer);
      const now = this.clock.now();
      const [person] = await this.people.assignees(manager, [input.userId]);
      if (!person) throw BerthError.badInput([fieldProblem('userId', 'NOT_FOUND')]);
      const problems = collaboratorProblems({ userId: input.userId, ownerId: customer.ownership.ownerId, disabled: person.disabled, expiresAt: input.expiresAt, now });
      const existing = await this.collaborators.one(manager, customerId, input.userId);
      if (!existing && (await this.collaborators.countActive(manager, customerId, now)) >= COLLABORATOR_LIMITS.perCustomer) {
        problems.push(fieldProblem('userId', 'TOO_MANY', { max: COLLABORATOR_LIMITS.perCustomer }));
      }
      if (problems.length) throw BerthError.badInput(problems);
      const { row, before } = await this.collaborators.upsert(manager, { customerId, userId: input.userId, access: input.access, expiresAt: input.expiresAt, grantedById: viewer.userId, grantedAt: now });
      await this.customers.recordActivity(manager, [
        { customerId, subject: 'COLLABORATOR', subjectId: input.userId, action: before ? 'EDIT' : 'ADD', actorId: viewer.userId, occurredAt: now, changes: fieldChanges(before ?? { access: null, expiresAt: null }, row, ['access', 'expiresAt']) },
      ]);
      return row;
      // Whoever sees it may ask; who may grant is checked above (FORBIDDEN, not a missing customer).
    }, { keysChanged: false, readAccessSuffices: true });
    return customer;
  }

  async remove(viewer: Viewer, customerId: number, userId: number): Promise<CustomerEntity> {
    const { customer } = await this.customers.changeVisible(viewer, customerId, async (manager, customer) => {
      // Leaving a customer one collaborates on needs no one's permission.
      if (userId !== viewer.userId) await this.assertMayGrant(manager, viewer, customer);
      const removed = await this.collaborators.remove(manager, customerId, userId);
      if (!removed) throw BerthError.badInput([fieldProblem('userId', 'NOT_FOUND')]);
      await this.customers.recordActivity(manager, [
        { customerId, subject: 'COLLABORATOR', subjectId: userId, action: 'REMOVE', actorId: viewer.userId, occurredAt: this.clock.now(), summary: { before: removed.access } },
      ]);
      return removed;
    }, { keysChanged: false, readAccessSuffices: true });
    return customer;
  }

  /** The live grants on these customers (an expired one is gone the instant it expires). */
  /** The grants live now, for many customers at once (the request's loader batches them). */
  activeFor(customerIds: readonly number[]): Promise<CollaboratorRow[]> {
    return this.collaborators.activeFor(this.dataSource.manager, customerIds, this.clock.now());
  }

  /** Only the owner and the managers above them grant access; a collaborator, even read-write, does not. */
  private async assertMayGrant(manager: EntityManager, viewer: Viewer, customer: CustomerEntity): Promise<void> {
    if (!(await this.ownsOrManages(manager, viewer, customer))) throw new BerthError('FORBIDDEN', 'Only the owner and their managers share a customer.');
  }

  private async ownsOrManages(manager: EntityManager, viewer: Viewer, customer: { ownership: { ownerId: number | null } }): Promise<boolean> {
    const { ownerId } = customer.ownership;
    if (ownerId === null) return viewer.role === 'ADMIN';
    const ownerDepartmentPath = await this.org.departmentPathOfUser(ownerId, manager);
    return canSeeCustomer(viewer, { ownerId, ownerDepartmentPath });
  }
}
