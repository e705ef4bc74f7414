/** Messages of the customers area; keys start with "customers.". */
export const customers = {
} as const;
