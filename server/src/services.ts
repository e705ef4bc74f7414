import { ImportService } from './modules/imports/import.service';
import { ImportReads } from './modules/imports/import-reads';
import { ImportRepository } from './modules/imports/import.repository';
import { ImportProgressNews } from './modules/imports/import-progress-news';
import { ImportCheckRunner } from './modules/imports/import-check-runner';
import { ImportCheckRepository } from './modules/imports/import-check.repository';
import { ImportRowJudge } from './modules/imports/import-row-judge';
import { CustomerAliasRepository } from './modules/customers/customer-alias.repository';
import type { DataSource } from 'typeorm';
import type { Clock } from './clock';
import type { Config } from './config';
import type { BerthPubSub } from './graphql/pubsub';
import { LiveSockets } from './graphql/live-sockets';
import { SessionEnds } from './graphql/session-ends';
import { SessionCache } from './modules/auth/session-cache';
import { AuthService } from './modules/auth/auth.service';
import { LoginThrottle } from './modules/auth/login-throttle';
import { LoginThrottleRepository } from './modules/auth/login-throttle.repository';
import { OrgRepository } from './modules/org/org.repository';
import { OrgService } from './modules/org/org.service';
import { ContactRepository } from './modules/customers/contact.repository';
import { ContactService } from './modules/customers/contact.service';
import { CustomerRepository } from './modules/customers/customer.repository';
import { CustomerService } from './modules/customers/customer.service';
import { CustomerNews } from './modules/customers/customer-news';
import { IndustryRepository } from './modules/customers/industry.repository';
import { IndustryService } from './modules/customers/industry.service';
import { OwnershipEventRepository } from './modules/ownership/ownership-event.repository';
import { OwnershipLedger } from './modules/ownership/ownership-ledger';
import { OwnershipRepository } from './modules/ownership/ownership.repository';
import { UnitOfWork } from './modules/ownership/unit-of-work';
import { CommittedNews } from './modules/ownership/committed-news';
import { ClashRepository } from './modules/duplicates/clash.repository';
import { ClashService } from './modules/duplicates/clash.service';
import { DuplicateCheckService } from './modules/duplicates/duplicate-check.service';
import { DuplicateGate } from './modules/duplicates/duplicate-gate';
import { DuplicateRulesService } from './modules/duplicates/duplicate-rules.service';
import { MatchKeyRepository } from './modules/duplicates/match-key.repository';
import { NameWordCountRepository } from './modules/duplicates/name-word-count.repository';
import { NotificationRepository } from './modules/notifications/notification.repository';
import { NotificationService } from './modules/notifications/notification.service';
import { SettingsRepository } from './modules/settings/settings.repository';
import { DemoHintService } from './modules/auth/demo-hint';
import { DEMO_PASSWORD } from './db/seed/demo-data';
import { FollowUpRepository } from './modules/follow-ups/follow-up.repository';
import { FollowUpService } from './modules/follow-ups/follow-up.service';
import { PoolPolicyService } from './modules/pool-policy/pool-policy.service';
import { PoolPolicyVersionRepository } from './modules/pool-policy/pool-policy.repository';
import { RecycleRepository } from './modules/pool/recycle.repository';
import { RecycleSweepService } from './modules/pool/recycle-sweep.service';
import { ClaimRepository } from './modules/pool/claim.repository';
import { ClaimService } from './modules/pool/claim.service';
import { PoolEntryRepository } from './modules/pool/pool-entry.repository';
import { ReturnService } from './modules/pool/return.service';
import { AssignRepository } from './modules/pool/assign.repository';
import { AssignService } from './modules/pool/assign.service';
import { ReleaseService } from './modules/pool/release.service';
import { TransferRepository } from './modules/transfers/transfer.repository';
import { TransferService } from './modules/transfers/transfer.service';
import { TransferRunner } from './modules/transfers/transfer-runner';
import { TransferProgressNews } from './modules/transfers/transfer-progress-news';
import { CollaboratorRepository } from './modules/collaborators/collaborator.repository';
import { CollaboratorService } from './modules/collaborators/collaborator.service';
import { CustomerOpening } from './modules/customers/customer-opening';
import { ImportWriteRepository } from './modules/imports/import-write.repository';
import { ImportRowWriter } from './modules/imports/import-row-writer';
import { ImportWriteRunner } from './modules/imports/import-write-runner';
import { ImportUndoRunner } from './modules/imports/import-undo-runner';
import { ImportUndoRepository } from './modules/imports/import-undo.repository';
import { ImportNotices } from './modules/imports/import-notices';
import { ActivityRepository } from './modules/activity/activity.repository';
import { ActivityService } from './modules/activity/activity.service';
import { OwnershipTrailRepository } from './modules/ownership/ownership-trail.repository';
import { OwnershipTrailService } from './modules/ownership/ownership-trail.service';
import { ReminderRepository } from './modules/reminders/reminder.repository';
import { ReminderSweepService } from './modules/reminders/reminder-sweep.service';
import { PoolAnalyticsRepository } from './modules/analytics/pool-analytics.repository';
import { PoolAnalyticsService } from './modules/analytics/pool-analytics.service';
import { TeamRepository } from './modules/team/team.repository';
import { TeamService } from './modules/team/team.service';

/** Wires repositories into services once per server; resolvers reach them through the context. */
export function createServices(deps: { dataSource: DataSource; clock: Clock; config: Config; pubsub: BerthPubSub }) {
  const { dataSource, clock, config, pubsub } = deps;
  const repositories = {
    org: new OrgRepository(dataSource),
    customers: new CustomerRepository(dataSource, clock),
    contacts: new ContactRepository(dataSource),
    ownershipEvents: new OwnershipEventRepository(dataSource),
    matchKeys: new MatchKeyRepository(dataSource),
    nameWords: new NameWordCountRepository(),
    aliases: new CustomerAliasRepository(dataSource),
    clashes: new ClashRepository(dataSource),
    notifications: new NotificationRepository(dataSource),
    settings: new SettingsRepository(dataSource),
    followUps: new FollowUpRepository(dataSource),
    poolEntries: new PoolEntryRepository(dataSource),
    activity: new ActivityRepository(),
  };
  const news = new CustomerNews(pubsub, repositories.org);
  // Every write that others hear of runs in a unit of work, which publishes after commit; every owner change goes through the one ledger.
  const uow = new UnitOfWork(dataSource, new CommittedNews(news));
  const ledger = new OwnershipLedger();
  const ownership = new OwnershipRepository();
  const people = new AssignRepository();
  const collaboratorRows = new CollaboratorRepository();
  const transferRows = new TransferRepository();
  const transferNews = new TransferProgressNews(dataSource, transferRows, pubsub);
  const importRows = new ImportRepository();
  const importCheckRows = new ImportCheckRepository();
  const importWrites = new ImportWriteRepository();
  const importNotices = new ImportNotices(repositories.notifications, news);
  const importNews = new ImportProgressNews(dataSource, importRows, pubsub);
  const claimRows = new ClaimRepository();
  const recycling = new RecycleRepository();
  const policies = new PoolPolicyService(dataSource, repositories.settings, new PoolPolicyVersionRepository(), repositories.org, recycling, news, clock, config.teamTimeZone);
  const duplicateRules = new DuplicateRulesService(dataSource, repositories.settings, clock);
  const duplicateChecks = new DuplicateCheckService(dataSource, repositories.matchKeys, repositories.clashes, duplicateRules, repositories.nameWords, config.phoneRegion);
  const clashes = new ClashService(dataSource, repositories.clashes, repositories.notifications, pubsub, clock);
  const gate = new DuplicateGate(duplicateChecks, repositories.matchKeys, clashes, repositories.nameWords, repositories.aliases, config.phoneRegion);
  const liveSockets = new LiveSockets();
  const sessionCache = new SessionCache(config.sessionCacheMs);
  const sessionEnds = new SessionEnds(pubsub, [liveSockets, sessionCache]);
  const opening = new CustomerOpening(repositories.customers, repositories.contacts, ledger, gate, repositories.org, repositories.activity);
  const customers = new CustomerService(uow, opening, repositories.customers, repositories.org, clock, gate, policies, repositories.activity, repositories.aliases);
  return {
    repositories,
    duplicateRules,
    duplicateChecks,
    duplicateGate: gate,
    notifications: new NotificationService(repositories.notifications, clock),
    auth: new AuthService(dataSource, clock, config.sessionDays, sessionEnds, sessionCache, new LoginThrottle(dataSource, new LoginThrottleRepository(), config.loginThrottle), news),
    demoHint: new DemoHintService(repositories.settings, config.seedDemoData, DEMO_PASSWORD),
    liveSockets,
    sessionEnds,
    org: new OrgService(repositories.org),
    customers,
    industries: new IndustryService(new IndustryRepository(dataSource)),
    contacts: new ContactService(customers, repositories.contacts, clock, config.teamTimeZone),
    followUps: new FollowUpService(customers, repositories.followUps, policies, clock),
    recycleSweep: new RecycleSweepService(dataSource, recycling, policies, clock, uow, ledger),
    reminderSweep: new ReminderSweepService(uow, new ReminderRepository(), policies, clock),
    claims: new ClaimService(dataSource, claimRows, policies, clock, uow, ledger),
    assignments: new AssignService(dataSource, people, ownership, claimRows, policies, clock, uow, ledger, repositories.notifications),
    releases: new ReleaseService(ownership, clock, uow, ledger, repositories.notifications),
    transfers: new TransferService(dataSource, transferRows, people, policies, clock, transferNews),
    imports: new ImportService(dataSource, importRows, importWrites, people, clock, importNews, importNotices),
    importReads: new ImportReads(dataSource, importRows, clock),
    importProgress: importNews,
    importChecks: new ImportCheckRunner(dataSource, importRows, importCheckRows, new ImportRowJudge(importRows, duplicateChecks, config.phoneRegion, clock), duplicateChecks, clock, importNews),
    importUndos: new ImportUndoRunner(importRows, new ImportUndoRepository(), gate, clock, uow, news, importNews, importNotices),
    importWrites: new ImportWriteRunner(
      importRows,
      importWrites,
      new ImportRowWriter(opening, importWrites, repositories.contacts, gate, repositories.activity),
      duplicateChecks,
      config.phoneRegion,
      people,
      claimRows,
      policies,
      clock,
      uow,
      importNews,
      importNotices,
    ),
    transferRunner: new TransferRunner(transferRows, people, ownership, claimRows, policies, clock, uow, ledger, repositories.notifications, collaboratorRows, transferNews),
    activity: new ActivityService(dataSource, repositories.activity),
    ownershipTrail: new OwnershipTrailService(dataSource, new OwnershipTrailRepository(), customers),
    collaborators: new CollaboratorService(dataSource, customers, collaboratorRows, people, repositories.org, clock),
    returns: new ReturnService(policies, clock, uow, ledger),
    poolAnalytics: new PoolAnalyticsService(dataSource, new PoolAnalyticsRepository(), policies, clock),
    policies,
    team: new TeamService(new TeamRepository(dataSource), policies, clock),
    news,
    uow,
    ledger,
  };
}

export type Services = ReturnType<typeof createServices>;
