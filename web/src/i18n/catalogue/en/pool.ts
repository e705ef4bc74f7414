/** Messages of the pool area; keys start with "pool.". */
export const pool = {
} as const;
