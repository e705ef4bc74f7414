import type { shared as english } from '../en/shared';
import type { Translation } from '../translation';

export const shared: Translation<typeof english> = {
};
