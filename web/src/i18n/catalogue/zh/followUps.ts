import type { followUps as english } from '../en/followUps';
import type { Translation } from '../translation';

export const followUps: Translation<typeof english> = {
};
