import type { notifications as english } from '../en/notifications';
import type { Translation } from '../translation';

export const notifications: Translation<typeof english> = {
};
