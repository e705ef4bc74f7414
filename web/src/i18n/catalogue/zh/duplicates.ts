import type { duplicates as english } from '../en/duplicates';
import type { Translation } from '../translation';

export const duplicates: Translation<typeof english> = {
};
