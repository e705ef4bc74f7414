/** Messages of the duplicates area; keys start with "duplicates.". */
export const duplicates = {
} as const;
