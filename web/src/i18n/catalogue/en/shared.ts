/** Messages of the shared area; keys start with "shared.". */
export const shared = {
} as const;
