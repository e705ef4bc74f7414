export const ROLES = ['REP', 'MANAGER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];
