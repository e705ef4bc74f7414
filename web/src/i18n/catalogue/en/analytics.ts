/** Messages of the analytics area; keys start with "analytics.". */
export const analytics = {
} as const;
