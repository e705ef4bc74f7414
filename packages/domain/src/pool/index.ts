// Protection periods, recycling, reminders and the public pool: pure rules that take `now`.
export * from './follow-up-types';
export * from './policy';
export * from './policy-validation';
export * from './return-reason-validation';
export * from './team-time';
export * from './follow-up';
export * from './protection-end';
export * from './protection-state';
export * from './exclusions';
export * from './recycle';
export * from './recycle-forecast';
export * from './reminder';
export * from './claim-day';
export * from './claim';
export * from './spread';
export * from './return-reason';
export * from './follow-up-validation';
