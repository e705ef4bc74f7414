import type { app as english } from '../en/app';
import type { Translation } from '../translation';

export const app: Translation<typeof english> = {
};
