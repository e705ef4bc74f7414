import type { customers as english } from '../en/customers';
import type { Translation } from '../translation';

export const customers: Translation<typeof english> = {
};
