import type { ReactNode } from 'react';
import BusinessCenterOutlined from '@mui/icons-material/BusinessCenterOutlined';
import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import InsightsOutlined from '@mui/icons-material/InsightsOutlined';
import SettingsOutlined from '@mui/icons-material/SettingsOutlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import SwapHorizOutlined from '@mui/icons-material/SwapHorizOutlined';
import WavesOutlined from '@mui/icons-material/WavesOutlined';
import type { Role } from '@berth/domain';
import type { Translate } from '../../i18n/translator';
import { seesTeam } from '../../features/auth/me-query';

export interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
}

export function navItemsFor(role: Role, t: Translate): NavItem[] {
  return [
    // Named for whose customers the list shows: "My customers" for a rep, "Team customers" for a manager.
    { to: '/customers', label: t(`app.nav.customers.${role}`), icon: <BusinessCenterOutlined /> },
    { to: '/pool', label: t('app.nav.pool'), icon: <WavesOutlined /> },
    { to: '/team', label: t('app.nav.team'), icon: <GroupsOutlined /> },
    // Pool analytics answer managers' questions; the server refuses them to reps.
    ...(seesTeam(role)
      ? [
          { to: '/analytics', label: t('app.nav.analytics'), icon: <InsightsOutlined /> },
          // Departures and transfers: managers ask, admins and managers above decide; reps see none.
          { to: '/transfers', label: t('app.nav.transfers'), icon: <SwapHorizOutlined /> },
        ]
      : []),
    // Trade-show card files: reps import their own cards too.
    { to: '/imports', label: t('app.nav.imports'), icon: <UploadFileOutlined /> },
    { to: '/settings', label: t('app.nav.settings'), icon: <SettingsOutlined /> },
  ];
}
