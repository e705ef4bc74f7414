import { Initial1795362916164 } from './1795362916164-initial';
import { DuplicateChecks1795364671285 } from './1795364671285-duplicate-checks';
import { FollowUps1795368791821 } from './1795368791821-follow-ups';
import { Recycling1795368896256 } from './1795368896256-recycling';
import { Claims1795369142246 } from './1795369142246-claims';
import { PolicyVersionsAndReminders1795372514812 } from './1795372514812-policy-versions-and-reminders';
import { DueIndex1795380000000 } from './1795380000000-due-index';
import { CustomerOwnership1795380650547 } from './1795380650547-customer-ownership';
import { ClashAlertGroups1795390600000 } from './1795390600000-clash-alert-groups';
import { LoginThrottle1795390700000 } from './1795390700000-login-throttle';
import { ListOrderIndex1795391000000 } from './1795391000000-list-order-index';
import { CustomerStatusChanges1795391500000 } from './1795391500000-customer-status-changes';
import { PoolAnalyticsRollups1795391700000 } from './1795391700000-pool-analytics-rollups';
import { PoolMovesInTimeOrder1795391800000 } from './1795391800000-pool-moves-in-time-order';
import { TeamLoadIndexes1795391600000 } from './1795391600000-team-load-indexes';
import { SettingUnderSharedLock1795391900000 } from './1795391900000-setting-under-shared-lock';
import { PoolCohortHours1795392000000 } from './1795392000000-pool-cohort-hours';
import { AnalyticsRunningTotals1795392100000 } from './1795392100000-analytics-running-totals';
import { ReturnReasonCodes1795392200000 } from './1795392200000-return-reason-codes';
import { TeamLoadCoveringIndexes1795392300000 } from './1795392300000-team-load-covering-indexes';
import { UserLocale1795392400000 } from './1795392400000-user-locale';
import { StructuredEntryReasons1795392500000 } from './1795392500000-structured-entry-reasons';
import { NotificationAudiences1795392600000 } from './1795392600000-notification-audiences';
import { ReleaseNotices1795392700000 } from './1795392700000-release-notices';
import { TransferRequests1795392800000 } from './1795392800000-transfer-requests';
import { Collaborators1795392900000 } from './1795392900000-collaborators';

/** Every migration, in order. Listed explicitly so the server, the CLI and tests run the same set. */
export const MIGRATIONS: Function[] = [Initial1795362916164, DuplicateChecks1795364671285, FollowUps1795368791821, Recycling1795368896256, Claims1795369142246, PolicyVersionsAndReminders1795372514812, DueIndex1795380000000, CustomerOwnership1795380650547, ClashAlertGroups1795390600000, LoginThrottle1795390700000, ListOrderIndex1795391000000, CustomerStatusChanges1795391500000, TeamLoadIndexes1795391600000, PoolAnalyticsRollups1795391700000, PoolMovesInTimeOrder1795391800000, SettingUnderSharedLock1795391900000, PoolCohortHours1795392000000, AnalyticsRunningTotals1795392100000, ReturnReasonCodes1795392200000, TeamLoadCoveringIndexes1795392300000, UserLocale1795392400000, StructuredEntryReasons1795392500000, NotificationAudiences1795392600000, ReleaseNotices1795392700000, TransferRequests1795392800000, Collaborators1795392900000];
