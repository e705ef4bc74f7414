import type { pool as english } from '../en/pool';
import type { Translation } from '../translation';

export const pool: Translation<typeof english> = {
};
