import type { EntityManager } from 'typeorm';
import { BerthError, LIMITS, fieldChanges, type CustomerAlias, type Viewer, fieldProblem } from '@berth/domain';
import type { PoolPolicyService } from '../pool-policy/pool-policy.service';
import type { Clock } from '../../clock';
import type { CustomerChangeKind, CustomerChangedEvent } from '../../graphql/pubsub';
import type { OrgRepository } from '../org/org.repository';
import type { CustomerEntity } from './customer.entity';
import type { CustomerRepository, CustomerListFilter, CustomerListSort } from './customer.repository';
import type { ActivityRepository } from '../activity/activity.repository';
import type { CustomerOpening } from './customer-opening';
import type { UnitOfWork } from '../ownership/unit-of-work';
import type { CreateCustomerInput, UpdateCustomerInput } from './customer.inputs';
import { customerChangesFrom } from './customer-changes';
import { recordStatusChange } from './record-status-change';
import { decodeCursor, encodeCursor } from './customer-cursor';
import type { CustomerListView } from './customer-scope';
import { ownKeySource, type DuplicateGate } from '../duplicates/duplicate-gate';
import type { CustomerAliasRepository } from './customer-alias.repository';

/** The record's own fields, as the activity log follows them. */
const CUSTOMER_ACTIVITY_FIELDS = ['companyName', 'aliases', 'website', 'email', 'phone', 'industry', 'regionId', 'source', 'tags', 'tierCode', 'status'] as const;

export interface CustomerPageRequest {
  view?: CustomerListView;
  filter: CustomerListFilter;
  sort: CustomerListSort;
  first: number;
  after: string | null;
}

export class CustomerService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly opening: CustomerOpening,
    private readonly customers: CustomerRepository,
    private readonly org: OrgRepository,
    private readonly clock: Clock,
    private readonly gate: DuplicateGate,
    private readonly policies: PoolPolicyService,
    private readonly activity: ActivityRepository,
    private readonly aliases: CustomerAliasRepository,
  ) {}

  async list(viewer: Viewer, req: CustomerPageRequest) {
    // `first` was checked with every other page size before any resolver ran (operation-limits.ts).
    if (req.filter.text && req.filter.text.length > LIMITS.textSearch) {
      throw BerthError.badInput([fieldProblem('filter.text', 'TOO_LONG', { max: LIMITS.textSearch })]);
    }
    const after = req.after ? decodeCursor(req.after, req.sort.field) : null;
    const view = req.view ?? 'OWNED';
    const filter = await this.withExclusions(req);
    const page = await this.customers.findPage(viewer, filter, req.sort, req.first, after, view);
    const count = () => this.customers.count(viewer, filter, view);
    const edges = page.rows.map((r) => ({ node: r.customer, cursor: encodeCursor(req.sort.field, r.cursor) }));
    return {
      edges,
      pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: page.hasNextPage },
      // A getter: GraphQL reads it only when the client asks, so unrequested counts cost nothing.
      get totalCount() {
        return count();
      },
    };
  }

  /**
   * Only the protection sort and the "expiring soon" filter depend on which customers the policy
   * keeps (won, locked): other lists, the common case, do not read the policy at all.
   */
  private async withExclusions(req: Pick<CustomerPageRequest, 'filter' | 'sort'>) {
    if (req.sort.field !== 'PROTECTED_UNTIL' && !req.filter.protectedUntilBefore) return req.filter;
    const { excludeWon, excludeLocked } = await this.policies.current();
    return { ...req.filter, exclusions: { excludeWon, excludeLocked } };
  }

  async get(viewer: Viewer, id: number): Promise<CustomerEntity> {
    const customer = await this.find(viewer, id);
    if (!customer) throw notFound();
    return customer;
  }

  /** A pool customer's basic details; NOT_FOUND once someone owns it. */
  async poolCustomer(id: number): Promise<CustomerEntity> {
    const customer = await this.customers.findInPool(id);
    if (!customer) throw notFound();
    return customer;
  }

  poolIdsMatching(viewer: Viewer, filter: CustomerListFilter, limit: number): Promise<number[]> {
    return this.customers.idsMatching(viewer, filter, 'POOL', limit);
  }

  /**
   * Every customer of the viewer's list matching `filter`, for a move of "all matching"; more than
   * `limit` is refused (naming `field`) rather than moving an arbitrary part of them.
   */
  async listIdsMatching(viewer: Viewer, filter: CustomerListFilter, limit: number, field: string): Promise<number[]> {
    const ids = await this.customers.idsMatching(viewer, await this.withExclusions({ filter, sort: { field: 'UPDATED_AT', direction: 'DESC' } }), 'OWNED', limit + 1);
    if (ids.length > limit) throw BerthError.badInput([fieldProblem(field, 'MATCHES_TOO_MANY', { max: limit })]);
    if (!ids.length) throw BerthError.badInput([fieldProblem(field, 'MATCHES_NONE')]);
    return ids;
  }

  /** The customer if the viewer can see it, else null. */
  async find(viewer: Viewer, id: number): Promise<CustomerEntity | null> {
    return this.customers.findVisible(viewer, id);
  }

  /** Values for filter menus: what the viewer's customers (or the pool's) actually use. */
  distinctValues(viewer: Viewer, column: 'industry' | 'source', view: CustomerListView = 'OWNED'): Promise<string[]> {
    return this.customers.distinctValues(viewer, column, view);
  }


  /**
   * The creator becomes the owner. The duplicate check and the opening (record, keys, ownership
   * row and event) share one transaction; the check's key locks make a concurrent
   * save of the same company wait for this one and then see it.
   */
  create(viewer: Viewer, input: CreateCustomerInput): Promise<CustomerEntity> {
    return this.gate.recording(viewer, input.companyName, () =>
      this.uow.run(async (tx) => {
        const { manager } = tx;
        const changes = await customerChangesFrom(input, { requireName: true, org: this.org, manager });
        const keys = this.gate.keysOf({ ...ownKeySource({ website: null, email: null, phone: null, ...changes, companyName: changes.companyName! }), aliases: namesOf(changes.aliases) });
        const duplicates = await this.gate.admit(manager, viewer, keys, { excludeCustomerId: null, acknowledged: !!input.acknowledgeDuplicates });
        const now = this.clock.now();
        const customer = await this.opening.open(tx, now, await this.policies.inForce(manager), {
          fields: {
            companyName: changes.companyName!,
            website: changes.website ?? null,
            email: changes.email ?? null,
            phone: changes.phone ?? null,
            industry: changes.industry ?? null,
            regionId: changes.regionId ?? null,
            source: changes.source ?? null,
            tags: changes.tags ?? [],
            tierCode: changes.tierCode ?? null,
            status: changes.status ?? null,
            aliases: changes.aliases ?? [],
          },
          actorId: viewer.userId,
          ownerId: viewer.userId,
        });
        return { value: customer, duplicates };
      }),
    );
  }

  /** Edits that touch a matched field (name, website, email, phone) are checked like a create. */
  update(viewer: Viewer, id: number, input: UpdateCustomerInput): Promise<CustomerEntity> {
    return this.gate.recording(viewer, input.companyName ?? '', () =>
      this.uow.run(async (tx) => {
        const { manager } = tx;
        const customer = await this.customers.findVisible(viewer, id, manager, { forUpdate: true });
        if (!customer) throw notFound();
        const { aliases, ...changes } = await customerChangesFrom(input, { requireName: false, org: this.org, manager, currentName: customer.companyName });
        const storedAliases = await this.aliases.namesOf(manager, customer.id);
        const before = { ...customer, aliases: namesOf(storedAliases) };
        const statusBefore = customer.status;
        Object.assign(customer, changes, { updatedAt: this.clock.now() });
        const touchesKeys = aliases !== undefined || ['companyName', 'website', 'email', 'phone'].some((f) => f in changes);
        const duplicates = touchesKeys
          ? await this.gate.admit(manager, viewer, this.gate.keysOf({ ...ownKeySource(customer), aliases: namesOf(aliases ?? storedAliases) }), {
              excludeCustomerId: customer.id,
              acknowledged: !!input.acknowledgeDuplicates,
            })
          : null;
        const saved = await this.customers.save(manager, customer);
        if (saved.status !== statusBefore) {
          await recordStatusChange(manager, { customerId: saved.id, status: saved.status, changedAt: saved.updatedAt, actorId: viewer.userId });
        }
        if (touchesKeys) await this.gate.refreshKeys(manager, saved, { aliases });
        await this.activity.append(manager, [
          {
            customerId: saved.id,
            subject: 'CUSTOMER',
            subjectId: null,
            action: 'EDIT',
            actorId: viewer.userId,
            occurredAt: saved.updatedAt,
            changes: fieldChanges(before, { ...saved, aliases: aliases ? namesOf(aliases) : before.aliases }, CUSTOMER_ACTIVITY_FIELDS),
          },
        ]);
        tx.raise({ type: 'CUSTOMER_CHANGED', event: await this.changeEvent(manager, 'UPDATED', saved) });
        return { value: saved, duplicates };
      }),
    );
  }

  /**
   * Runs `change` on a customer the viewer can see, locked for the transaction; the unit of work
   * announces the customer as updated after commit. Contacts use it: they are part of the customer.
   */
  async changeVisible<T>(
    viewer: Viewer,
    customerId: number,
    change: (manager: EntityManager, customer: CustomerEntity) => Promise<T>,
    opts: {
      notVisible?: () => BerthError;
      keysChanged?: boolean;
      beforeLock?: (manager: EntityManager) => Promise<void>;
      /** A change a read-only collaborator may make too (leaving the customer). */
      readAccessSuffices?: boolean;
      /** What to announce; UPDATED unless the change says otherwise (e.g. PROTECTION_EXTENDED). */
      kindOf?: (result: T) => CustomerChangeKind;
    } = {},
  ) {
    return this.uow.run(async (tx) => {
      const { manager } = tx;
      await opts.beforeLock?.(manager); // e.g. the policy lock, which every writer takes before row locks
      const customer = await this.customers.findVisible(viewer, customerId, manager, { forUpdate: true, write: !opts.readAccessSuffices });
      if (!customer) throw (opts.notVisible ?? notFound)();
      const result = await change(manager, customer);
      customer.updatedAt = this.clock.now();
      const saved = await this.customers.save(manager, customer);
      if (opts.keysChanged ?? true) await this.gate.refreshKeys(manager, saved); // contacts' phones and emails are match keys too
      tx.raise({ type: 'CUSTOMER_CHANGED', event: await this.changeEvent(manager, opts.kindOf?.(result) ?? 'UPDATED', saved) });
      return { result, customer: saved };
    });
  }

  /** Appends to the activity log, inside a `changeVisible` change (its transaction). */
  recordActivity(manager: EntityManager, entries: Parameters<ActivityRepository['append']>[1]): Promise<void> {
    return this.activity.append(manager, entries);
  }

  /** Moves the owner's protection end, inside a `changeVisible` change (the row is locked there). */
  setProtectedUntil(manager: EntityManager, customer: CustomerEntity, until: Date): Promise<void> {
    return this.customers.setProtectedUntil(manager, customer, until);
  }

  private async changeEvent(manager: EntityManager, kind: CustomerChangeKind, customer: CustomerEntity): Promise<CustomerChangedEvent> {
    const ownerDepartmentPath = customer.ownerId === null ? null : await this.org.departmentPathOfUser(customer.ownerId, manager);
    return { kind, customerIds: [customer.id], audience: { owners: [{ ownerId: customer.ownerId, ownerDepartmentPath }] } };
  }
}

function notFound(): BerthError {
  return new BerthError('NOT_FOUND', 'Customer not found.');
}

/** The names of aliases, for the duplicate keys. */
function namesOf(aliases: readonly CustomerAlias[] | undefined): string[] {
  return (aliases ?? []).map((a) => a.name);
}
