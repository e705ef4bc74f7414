import type { ReactNode } from 'react';
import BusinessCenterOutlined from '@mui/icons-material/BusinessCenterOutlined';
import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import InsightsOutlined from '@mui/icons-material/InsightsOutlined';
import SettingsOutlined from '@mui/icons-material/SettingsOutlined';
import WavesOutlined from '@mui/icons-material/WavesOutlined';
import type { Role } from '@berth/domain';
import { seesTeam } from '../../features/auth/me-query';
import { CUSTOMERS_PAGE } from '../../features/customers/customer-labels';

export interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
}

export function navItemsFor(role: Role): NavItem[] {
  return [
    { to: '/customers', label: CUSTOMERS_PAGE[role].title, icon: <BusinessCenterOutlined /> },
    { to: '/pool', label: 'Public pool', icon: <WavesOutlined /> },
    { to: '/team', label: 'Team', icon: <GroupsOutlined /> },
    // Pool analytics answer managers' questions; the server refuses them to reps.
    ...(seesTeam(role) ? [{ to: '/analytics', label: 'Pool analytics', icon: <InsightsOutlined /> }] : []),
    { to: '/settings', label: 'Settings', icon: <SettingsOutlined /> },
  ];
}
