import type { field as english } from '../en/field';
import type { Translation } from '../translation';

export const field: Translation<typeof english> = {
};
