import ChatOutlined from '@mui/icons-material/ChatOutlined';
import EmailOutlined from '@mui/icons-material/EmailOutlined';
import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import MoreHorizOutlined from '@mui/icons-material/MoreHorizOutlined';
import PhoneOutlined from '@mui/icons-material/PhoneOutlined';
import PlaceOutlined from '@mui/icons-material/PlaceOutlined';
import StickyNote2Outlined from '@mui/icons-material/StickyNote2Outlined';
import { FOLLOW_UP_TYPES, type FollowUpType } from '@berth/domain';
import { keysFor, type MessageKey } from '../../i18n/message-keys';

export const FOLLOW_UP_TYPE_LABELS: Record<FollowUpType, MessageKey> = keysFor('followUps.type', FOLLOW_UP_TYPES);

/** Plural, for running text: "only calls, visits, meetings and emails count". */
export const FOLLOW_UP_TYPE_PLURALS: Record<FollowUpType, MessageKey> = keysFor('followUps.typePlural', FOLLOW_UP_TYPES);

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
export const FOLLOW_UP_FIELD_LABELS = keysFor('followUps.field', [
  'type',
  'content',
  'occurredAt',
  'nextStep',
  'remindAt',
]) satisfies Record<string, MessageKey>;
