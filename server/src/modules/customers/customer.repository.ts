import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { CustomerStatus, RecyclePolicy, Viewer } from '@berth/domain';
import { CustomerEntity } from './customer.entity';
import { CustomerOwnershipEntity } from '../ownership/customer-ownership.entity';
import { UserEntity } from '../org/user.entity';
import { rawEntityReader, type RawEntityReader } from '../../db/raw-entity';
import type { Clock } from '../../clock';
import { containing } from '../../db/like-pattern';
import { applyCustomerScope, applyListScope, type CustomerListView } from './customer-scope';
import type { CustomerCursor } from './customer-cursor';
import { protectionKey, sortKeyFor } from './customer-sort-keys';
import { TEXT_SEARCH } from './customer-text-search';
import type { CustomerSortField, SortDirection } from '../../graphql/enums';
import type { TeamFigureCondition } from '../team/team-figures';

export interface CustomerListFilter {
  text?: string | null;
  tags?: string[] | null;
  industry?: string | null;
  regionId?: number | null;
  tierCode?: string | null;
  ownerId?: number | null;
  status?: CustomerStatus | null;
  source?: string | null;
  /** Owned customers whose protection ends before this instant (the "expiring soon" list). */
  protectedUntilBefore?: Date | null;
  /** Pool only, on the latest entry: how it came (RECYCLED, RETURNED, RELEASED) and when. */
  poolEntryKinds?: string[] | null;
  enteredPoolBefore?: Date | null;
  enteredPoolAfter?: Date | null;
  /** The customers behind one Team-page figure: its one predicate, resolved for the viewer's team. */
  teamFigure?: TeamFigureCondition | null;
  /** The policy's recycle exclusions: a kept customer sorts after counted ones and never expires soon. */
  exclusions?: RecycleExclusions;
}

type RecycleExclusions = Pick<RecyclePolicy, 'excludeWon' | 'excludeLocked'>;
const NO_EXCLUSIONS: RecycleExclusions = { excludeWon: false, excludeLocked: false };

export interface CustomerListSort {
  field: CustomerSortField;
  direction: SortDirection;
}

/** Every query reads a customer with its ownership row as `o` (one per customer, so an inner join). */
const SCOPE_COLUMNS = { owner: 'o.owner_id', customerId: 'o.customer_id' };

export class CustomerRepository {
  constructor(
    private readonly dataSource: DataSource,
    /** Collaborator grants end at an instant: reads compare it with the server's one clock. */
    private readonly clock: Clock,
  ) {}

  /** One page in the viewer's scope, plus one row to tell whether another page follows. */
  async findPage(
    viewer: Viewer,
    filter: CustomerListFilter,
    sort: CustomerListSort,
    first: number,
    after: CustomerCursor | null,
    view: CustomerListView = 'OWNED',
  ) {
    const key = sortKeyFor(sort.field, filter.exclusions ?? NO_EXCLUSIONS);
    const cmp = sort.direction === 'ASC' ? '>' : '<';
    const page = this.pageReaders();
    // Every list shows the owner: read it with the page. Columns are listed and rows read by
    // hand (see rawEntityReader): TypeORM's select building and hydration were a sixth of a
    // list request's CPU. CAST, not `::`: TypeORM would read `::text` as a named parameter.
    const qb = this.scoped(viewer, filter, view)
      .leftJoin('o.owner', 'ou')
      .select([...page.customer.selects, ...page.ownership.selects, ...page.owner.selects])
      .addSelect(`CAST(${key.expr} AS text)`, 'sort_key');
    if (after) {
      qb.andWhere(`(${key.expr}, c.id) ${cmp} (CAST(:afterKey AS ${key.type}), :afterId)`, {
        afterKey: after.key,
        afterId: after.id,
      });
    }
    const raw = await qb
      .orderBy(key.expr, sort.direction)
      .addOrderBy('c.id', sort.direction)
      .limit(first + 1)
      .getRawMany<Record<string, unknown> & { sort_key: string }>();
    const rows = raw.slice(0, first).map((r) => {
      const customer = page.customer.read(r)!;
      customer.ownership = page.ownership.read(r)!;
      customer.ownership.owner = page.owner.read(r);
      return { customer, cursor: { key: r.sort_key, id: customer.id } };
    });
    return { rows, hasNextPage: raw.length > first };
  }

  private readers: { customer: RawEntityReader<CustomerEntity>; ownership: RawEntityReader<CustomerOwnershipEntity>; owner: RawEntityReader<UserEntity> } | null = null;

  private pageReaders() {
    this.readers ??= {
      customer: rawEntityReader(this.dataSource, CustomerEntity, 'c'),
      ownership: rawEntityReader(this.dataSource, CustomerOwnershipEntity, 'o'),
      owner: rawEntityReader(this.dataSource, UserEntity, 'ou'),
    };
    return this.readers;
  }

  count(viewer: Viewer, filter: CustomerListFilter, view: CustomerListView = 'OWNED'): Promise<number> {
    return this.scoped(viewer, filter, view).getCount();
  }

  /** Distinct industries or sources among the customers the viewer can see (or in the pool), for filter menus. */
  async distinctValues(viewer: Viewer, column: 'industry' | 'source', view: CustomerListView = 'OWNED'): Promise<string[]> {
    const rows = await applyListScope(this.base(), SCOPE_COLUMNS, viewer, view, { now: this.clock.now() })
      .select(`DISTINCT c.${column}`, 'value')
      .andWhere(`c.${column} IS NOT NULL`)
      .orderBy('value')
      .getRawMany<{ value: string }>();
    return rows.map((r) => r.value);
  }

  /**
   * A customer if the viewer may see it, else null: "not visible" and "does not exist" are
   * indistinguishable. With `forUpdate` the customer stays locked until the transaction ends, and
   * (unless `write` says otherwise) it is for a write: a collaborator needs a read-write grant.
   */
  async findVisible(viewer: Viewer, id: number, manager?: EntityManager, opts: { forUpdate?: boolean; write?: boolean } = {}): Promise<CustomerEntity | null> {
    const write = opts.write ?? opts.forUpdate ?? false;
    const qb = applyCustomerScope(this.base(manager), SCOPE_COLUMNS, viewer, { now: this.clock.now(), write }).andWhere('c.id = :id', { id });
    if (opts.forUpdate) {
      if (!manager) throw new Error('a locking read needs the transaction it locks for');
      // Every writer (edits, follow-ups, claims, assignments, returns, sweeps) locks the ownership
      // row first and the record only after it: one order, so an edit and a claim touching both
      // rows cannot deadlock. Then the read, a statement of its own, sees the latest record.
      await manager.query('SELECT 1 FROM customer_ownership WHERE customer_id = $1 FOR UPDATE', [id]);
      qb.setLock('pessimistic_write');
    }
    return qb.getOne();
  }

  /**
   * New customers' records, in one statement, in the order given; the ownership ledger opens
   * their ownership rows in the same transaction (the database refuses one without the other at commit).
   */
  async insertMany(manager: EntityManager, customers: readonly Omit<CustomerEntity, 'id' | 'ownership' | 'ownerId' | 'ownedSince' | 'protectedUntil' | 'locked'>[]): Promise<CustomerEntity[]> {
    const repo = this.repo(manager);
    const entities = customers.map((c) => repo.create(c));
    const { identifiers } = await repo.insert(entities);
    entities.forEach((e, i) => (e.id = identifiers[i].id as number));
    return entities;
  }

  /** Saves the record's own columns; ownership changes go through their own conditional writes. */
  save(manager: EntityManager, customer: CustomerEntity): Promise<CustomerEntity> {
    return this.repo(manager).save(customer);
  }

  /** Writes the owner's protection end (a follow-up moved it), on the row the caller has locked. */
  async setProtectedUntil(manager: EntityManager, customer: CustomerEntity, until: Date): Promise<void> {
    await manager.getRepository(CustomerOwnershipEntity).update({ customerId: customer.id }, { protectedUntil: until });
    customer.ownership.protectedUntil = until;
  }

  /** A customer in the public pool (any signed-in viewer may look at one), else null. */
  findInPool(id: number): Promise<CustomerEntity | null> {
    return this.base().where('c.id = :id AND o.owner_id IS NULL', { id }).getOne();
  }

  /**
   * Ids of the customers matching `filter` in the viewer's list, for a manager's move of "all
   * matching": pool customers oldest arrivals first, owned ones in id order.
   */
  async idsMatching(viewer: Viewer, filter: CustomerListFilter, view: CustomerListView, limit: number): Promise<number[]> {
    const qb = this.scoped(viewer, filter, view).select('c.id', 'id');
    if (view === 'POOL') qb.orderBy('o.owner_changed_at', 'ASC').addOrderBy('c.id', 'ASC');
    else qb.orderBy('c.id', 'ASC');
    const rows = await qb.limit(limit).getRawMany<{ id: number }>();
    return rows.map((r) => r.id);
  }

  private scoped(viewer: Viewer, filter: CustomerListFilter, view: CustomerListView): SelectQueryBuilder<CustomerEntity> {
    const qb = applyListScope(this.base(), SCOPE_COLUMNS, viewer, view, { now: this.clock.now() });
    if (filter.text) qb.andWhere(TEXT_SEARCH[view], { search: containing(filter.text) });
    if (filter.tags?.length) qb.andWhere('c.tags @> :tags', { tags: filter.tags });
    // The industry menu offers one spelling per name whatever its case (industry.repository.ts), so it matches them all.
    if (filter.industry) qb.andWhere('LOWER(c.industry) = LOWER(:industry)', { industry: filter.industry.trim() });
    if (filter.regionId) qb.andWhere('c.region_id = :regionId', { regionId: filter.regionId });
    if (filter.tierCode) qb.andWhere('c.tier_code = :tierCode', { tierCode: filter.tierCode });
    if (filter.ownerId) qb.andWhere('o.owner_id = :ownerId', { ownerId: filter.ownerId });
    if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
    if (filter.source) qb.andWhere('c.source = :source', { source: filter.source });
    if (filter.protectedUntilBefore) {
      qb.andWhere(`${protectionKey(filter.exclusions ?? NO_EXCLUSIONS)} < :protectedUntilBefore`, { protectedUntilBefore: filter.protectedUntilBefore });
    }
    if (filter.teamFigure) qb.andWhere(filter.teamFigure.where, filter.teamFigure.params);
    if (filter.poolEntryKinds?.length || filter.enteredPoolBefore || filter.enteredPoolAfter) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM (SELECT p.kind, p.entered_at FROM pool_entries p WHERE p.customer_id = c.id ORDER BY p.entered_at DESC, p.id DESC LIMIT 1) le
                  WHERE (CAST(:entryKinds AS text[]) IS NULL OR CAST(le.kind AS text) = ANY(CAST(:entryKinds AS text[])))
                    AND (CAST(:enteredBefore AS timestamptz) IS NULL OR le.entered_at < :enteredBefore)
                    AND (CAST(:enteredAfter AS timestamptz) IS NULL OR le.entered_at >= :enteredAfter))`,
        {
          entryKinds: filter.poolEntryKinds?.length ? filter.poolEntryKinds : null,
          enteredBefore: filter.enteredPoolBefore ?? null,
          enteredAfter: filter.enteredPoolAfter ?? null,
        },
      );
    }
    return qb;
  }

  /** Customers with their ownership rows: what every read here starts from. */
  private base(manager?: EntityManager): SelectQueryBuilder<CustomerEntity> {
    return this.repo(manager).createQueryBuilder('c').innerJoinAndSelect('c.ownership', 'o');
  }

  private repo(manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository(CustomerEntity);
  }
}
