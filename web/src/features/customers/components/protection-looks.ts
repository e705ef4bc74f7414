import GppBadOutlined from '@mui/icons-material/GppBadOutlined';
import GppMaybeOutlined from '@mui/icons-material/GppMaybeOutlined';
import ShieldOutlined from '@mui/icons-material/ShieldOutlined';
import type { ProtectionStateName } from '@berth/domain';

/** One colour and icon per urgency, wherever a protection countdown is shown: green, amber, red. */
export const PROTECTION_LOOKS: Record<ProtectionStateName, { color: string; Icon: typeof ShieldOutlined }> = {
  PROTECTED: { color: 'success.main', Icon: ShieldOutlined },
  EXPIRING_SOON: { color: 'warning.main', Icon: GppMaybeOutlined },
  EXPIRED: { color: 'error.main', Icon: GppBadOutlined },
};
