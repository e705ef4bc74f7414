import type { DataSource, EntityManager } from 'typeorm';
import { DEFAULT_PROTECTION_DAYS, childPath, distinctiveNameOf, distinctiveWordsOf, duplicateKeysOf, entryReasonText, recycledReason, returnedReason } from '@berth/domain';
import { MatchKeyRepository } from '../../modules/duplicates/match-key.repository';
import { NameWordCountRepository } from '../../modules/duplicates/name-word-count.repository';
import { hashPassword } from '../../modules/auth/password';
import { DepartmentEntity } from '../../modules/org/department.entity';
import { RegionEntity } from '../../modules/org/region.entity';
import { UserEntity } from '../../modules/org/user.entity';
import { ContactEntity } from '../../modules/customers/contact.entity';
import { CustomerEntity } from '../../modules/customers/customer.entity';
import { CustomerOwnershipEntity } from '../../modules/ownership/customer-ownership.entity';
import { OwnershipEventEntity } from '../../modules/ownership/ownership-event.entity';
import { PoolEntryEntity } from '../../modules/ownership/pool-entry.entity';
import { DEMO_DEPARTMENTS, DEMO_LOGINS, DEMO_PASSWORD, DEMO_REGIONS, DEMO_USERS, generateDemoCustomers } from './demo-data';
import { SettingsRepository } from '../../modules/settings/settings.repository';
import { DEMO_SEEDED_SETTING } from '../../modules/auth/demo-hint';
import { seedDemoHistory } from './demo-history';

export { DEMO_LOGINS, DEMO_PASSWORD } from './demo-data';

const DAY_MS = 86_400_000;
const RECYCLE_REASON = recycledReason(['NO_VALID_FOLLOW_UP'], { followUpDays: 30, noDealDays: null });
const RETURN_REASON = returnedReason('NOT_A_FIT', 'Not a fit', null);

/**
 * Seeds the demo team, ~300 customers and six months of the team's history (~700 more customers
 * with their claims, returns, recycles, wins and follow-ups) when no user exists yet. Returns
 * whether it did. `timeZone` is the team's (the history's days and claim counters are its days).
 */
export async function seedDemoDataIfEmpty(dataSource: DataSource, now: Date, phoneRegion = 'CN', timeZone = 'UTC'): Promise<boolean> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return dataSource.transaction(async (manager) => {
    // Serialise concurrent first starts (two instances on one fresh database).
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['berth:demo-seed']);
    if ((await manager.getRepository(UserEntity).count()) > 0) return false;
    const departments = await seedDepartments(manager);
    const regions = await seedRegions(manager);
    const users = await seedUsers(manager, departments, passwordHash, now);
    await seedCustomers(manager, users, regions, now, { matchKeys: new MatchKeyRepository(dataSource), words: new NameWordCountRepository() }, phoneRegion);
    await seedStatusChanges(manager);
    await seedDemoHistory(manager, now, timeZone, users, departments);
    // The sign-in page offers these logins to a new user (DemoHintService).
    await new SettingsRepository(dataSource).put(manager, DEMO_SEEDED_SETTING, DEMO_LOGINS, null, now);
    return true;
  });
}

/** The status trail of the hand-made customers: created NEW, then set to their status when last updated. */
async function seedStatusChanges(manager: EntityManager) {
  await manager.query(
    `INSERT INTO customer_status_changes (customer_id, status, changed_at, actor_id)
     SELECT id, 'NEW', created_at, created_by_id FROM customers
     UNION ALL
     SELECT id, status, updated_at, created_by_id FROM customers WHERE status <> 'NEW'
     ORDER BY 3, 1`,
  );
}

async function seedDepartments(manager: EntityManager): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const paths = new Map<string, string>();
  for (const [name, parent] of DEMO_DEPARTMENTS) {
    const parentId = parent ? ids.get(parent)! : null;
    const saved = await manager.getRepository(DepartmentEntity).save({ name, parentId, path: `/pending-${name}/` });
    const path = childPath(parent ? paths.get(parent)! : null, saved.id);
    await manager.getRepository(DepartmentEntity).update({ id: saved.id }, { path });
    ids.set(name, saved.id);
    paths.set(name, path);
  }
  return ids;
}

async function seedRegions(manager: EntityManager): Promise<Map<string, number>> {
  const saved = await manager.getRepository(RegionEntity).save(DEMO_REGIONS.map((name) => ({ name })));
  return new Map(saved.map((r) => [r.name, r.id]));
}

async function seedUsers(manager: EntityManager, departments: Map<string, number>, passwordHash: string, now: Date) {
  const saved = await manager.getRepository(UserEntity).save(
    DEMO_USERS.map((u) => ({
      email: u.email,
      name: u.name,
      role: u.role,
      departmentId: u.department ? departments.get(u.department)! : null,
      passwordHash,
      disabled: false,
      createdAt: new Date(now.getTime() - 400 * DAY_MS),
    })),
  );
  return new Map(DEMO_USERS.map((u, i) => [u.key, saved[i].id]));
}

async function seedCustomers(
  manager: EntityManager,
  users: Map<string, number>,
  regions: Map<string, number>,
  now: Date,
  stores: { matchKeys: MatchKeyRepository; words: NameWordCountRepository },
  phoneRegion: string,
) {
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
  let pooled = 0;
  for (const c of generateDemoCustomers()) {
    const ownerId = c.ownerKey ? users.get(c.ownerKey)! : null;
    const creatorId = users.get(c.creatorKey)!;
    const created = ago(c.createdDaysAgo);
    const keys = duplicateKeysOf(c, { defaultRegion: phoneRegion });
    const ownedSince = ownerId ? ago(c.ownedDaysAgo) : null;
    const customer = await manager.getRepository(CustomerEntity).save({
      companyName: c.companyName,
      nameKey: keys.name,
      nameCore: distinctiveNameOf(keys.name),
      website: c.website,
      email: c.email,
      phone: c.phone,
      industry: c.industry,
      regionId: regions.get(c.region)!,
      source: c.source,
      tags: c.tags,
      tierCode: c.tierCode,
      status: c.status,
      createdById: creatorId,
      createdAt: created,
      updatedAt: ago(Math.min(c.ownedDaysAgo, c.createdDaysAgo)),
    });
    await manager.getRepository(CustomerOwnershipEntity).insert({
      customerId: customer.id,
      ownerId,
      ownedSince,
      ownerChangedAt: ago(c.ownedDaysAgo),
      protectedUntil: ownedSince && new Date(ownedSince.getTime() + DEFAULT_PROTECTION_DAYS * DAY_MS),
      remindedFor: null,
      locked: false,
    });
    const events: Partial<OwnershipEventEntity>[] = [
      { customerId: customer.id, fromUserId: null, toUserId: creatorId, kind: 'CREATED', actorId: creatorId, occurredAt: created, reason: null },
    ];
    // Most pool customers were recycled; every third one was handed back by its rep.
    const left = ownerId ? null : pooled++ % 3 === 1 ? RETURN_REASON : RECYCLE_REASON;
    const why = left && { kind: left.kind, reason: entryReasonText(left), reasonDetail: left, at: ago(c.ownedDaysAgo) };
    if (why) {
      const actorId = why.kind === 'RETURNED' ? creatorId : null;
      events.push({ customerId: customer.id, fromUserId: creatorId, toUserId: null, kind: why.kind, actorId, occurredAt: why.at, reason: why.reason, reasonDetail: why.reasonDetail });
    }
    await manager.getRepository(OwnershipEventEntity).insert(events);
    if (why) {
      const reasonCode = why.reasonDetail.kind === 'RETURNED' ? why.reasonDetail.code : null;
      await manager.getRepository(PoolEntryEntity).insert({ customerId: customer.id, kind: why.kind, previousOwnerId: creatorId, reason: why.reason, reasonCode, reasonDetail: why.reasonDetail, enteredAt: why.at });
    }
    await stores.matchKeys.replaceKeys(manager, customer.id, keys);
    // A few hundred customers make no word common: the distinctive name is stored whole.
    await stores.words.adjust(manager, [], distinctiveWordsOf(customer.nameCore));
    await manager.getRepository(ContactEntity).insert(
      c.contacts.map((contact) => ({ ...contact, customerId: customer.id, createdAt: created, updatedAt: created })),
    );
  }
}
