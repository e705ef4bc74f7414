import { SessionEntity } from '../modules/auth/session.entity';
import { LoginThrottleEntity } from '../modules/auth/login-throttle.entity';
import { DepartmentEntity } from '../modules/org/department.entity';
import { RegionEntity } from '../modules/org/region.entity';
import { UserEntity } from '../modules/org/user.entity';
import { ContactEntity } from '../modules/customers/contact.entity';
import { CustomerEntity } from '../modules/customers/customer.entity';
import { CustomerOwnershipEntity } from '../modules/ownership/customer-ownership.entity';
import { OwnershipEventEntity } from '../modules/ownership/ownership-event.entity';
import { CustomerStatusChangeEntity } from '../modules/customers/customer-status-change.entity';
import { TierEntity } from '../modules/customers/tier.entity';
import { ClashEntity } from '../modules/duplicates/clash.entity';
import { CustomerMatchKeyEntity } from '../modules/duplicates/customer-match-key.entity';
import { CustomerAliasEntity } from '../modules/customers/customer-alias.entity';
import { NameWordCountEntity } from '../modules/duplicates/name-word-count.entity';
import { NotificationEntity } from '../modules/notifications/notification.entity';
import { AppSettingEntity } from '../modules/settings/app-setting.entity';
import { FollowUpEntity } from '../modules/follow-ups/follow-up.entity';
import { PoolEntryEntity } from '../modules/ownership/pool-entry.entity';
import { ClaimCounterEntity } from '../modules/pool/claim-counter.entity';
import { PoolPolicyVersionEntity } from '../modules/pool-policy/pool-policy-version.entity';
import { TransferRequestEntity } from '../modules/transfers/transfer-request.entity';
import { TransferItemEntity } from '../modules/transfers/transfer-item.entity';
import { CollaboratorEntity } from '../modules/collaborators/collaborator.entity';
import { ActivityEntity } from '../modules/activity/activity.entity';
import { ImportJobEntity } from '../modules/imports/import-job.entity';
import { ImportFileEntity } from '../modules/imports/import-file.entity';
import { ImportColumnMemoryEntity } from '../modules/imports/import-column-memory.entity';
import { ImportRowEntity } from '../modules/imports/import-row.entity';

/** Listed explicitly: globs over .ts files break under test runners and bundlers. */
export const ENTITIES = [
  DepartmentEntity,
  RegionEntity,
  UserEntity,
  SessionEntity,
  LoginThrottleEntity,
  TierEntity,
  CustomerEntity,
  CustomerOwnershipEntity,
  ContactEntity,
  OwnershipEventEntity,
  CustomerStatusChangeEntity,
  CustomerMatchKeyEntity,
  CustomerAliasEntity,
  NameWordCountEntity,
  ClashEntity,
  NotificationEntity,
  AppSettingEntity,
  FollowUpEntity,
  PoolEntryEntity,
  ClaimCounterEntity,
  PoolPolicyVersionEntity,
  TransferRequestEntity,
  TransferItemEntity,
  CollaboratorEntity,
  ActivityEntity,
  ImportJobEntity,
  ImportFileEntity,
  ImportColumnMemoryEntity,
  ImportRowEntity,
];
