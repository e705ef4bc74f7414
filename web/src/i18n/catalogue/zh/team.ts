import type { team as english } from '../en/team';
import type { Translation } from '../translation';

export const team: Translation<typeof english> = {
};
