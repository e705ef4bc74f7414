import type { analytics as english } from '../en/analytics';
import type { Translation } from '../translation';

export const analytics: Translation<typeof english> = {
};
