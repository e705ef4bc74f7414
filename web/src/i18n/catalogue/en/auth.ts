/** Messages of the auth area; keys start with "auth.". */
export const auth = {
} as const;
