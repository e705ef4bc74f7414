import { COLLABORATOR_ACCESS, type CollaboratorAccess } from '@berth/domain';
import { keysFor, type MessageKey } from '../../i18n/message-keys';

/** "Read-only" on a chip or a choice. */
export const ACCESS_LABELS: Record<CollaboratorAccess, MessageKey> = keysFor('collaborators.access', COLLABORATOR_ACCESS);
/** "read-only" inside a sentence. */
export const ACCESS_WORDS: Record<CollaboratorAccess, MessageKey> = keysFor('collaborators.accessWord', COLLABORATOR_ACCESS);
export const ACCESS_HELP: Record<CollaboratorAccess, MessageKey> = keysFor('collaborators.accessHelp', COLLABORATOR_ACCESS);
