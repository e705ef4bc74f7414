import ChatOutlined from '@mui/icons-material/ChatOutlined';
import EmailOutlined from '@mui/icons-material/EmailOutlined';
import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import MoreHorizOutlined from '@mui/icons-material/MoreHorizOutlined';
import PhoneOutlined from '@mui/icons-material/PhoneOutlined';
import PlaceOutlined from '@mui/icons-material/PlaceOutlined';
import StickyNote2Outlined from '@mui/icons-material/StickyNote2Outlined';
import type { FollowUpType } from '@berth/domain';

export const FOLLOW_UP_TYPE_LABELS: Record<FollowUpType, string> = {
  CALL: 'Call',
  VISIT: 'Visit',
  MEETING: 'Meeting',
  EMAIL: 'Email',
  WECHAT: 'WeChat',
  NOTE: 'Note',
  OTHER: 'Other',
};

/** Plural, for running text: "only calls, visits, meetings and emails count". */
export const FOLLOW_UP_TYPE_PLURALS: Record<FollowUpType, string> = {
  CALL: 'calls',
  VISIT: 'visits',
  MEETING: 'meetings',
  EMAIL: 'emails',
  WECHAT: 'WeChat messages',
  NOTE: 'notes',
  OTHER: 'other contacts',
};

export const FOLLOW_UP_TYPE_ICONS: Record<FollowUpType, typeof PhoneOutlined> = {
  CALL: PhoneOutlined,
  VISIT: PlaceOutlined,
  MEETING: GroupsOutlined,
  EMAIL: EmailOutlined,
  WECHAT: ChatOutlined,
  NOTE: StickyNote2Outlined,
  OTHER: MoreHorizOutlined,
};

/** Labels used in the form and in its messages ("Summary is required"). */
export const FOLLOW_UP_FIELD_LABELS: Record<string, string> = {
  type: 'Type',
  content: 'Summary',
  occurredAt: 'When it happened',
  nextStep: 'Next step',
  remindAt: 'Reminder',
};
