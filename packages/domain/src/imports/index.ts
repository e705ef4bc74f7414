export * from './import-columns';
export * from './import-row';
export * from './import-job';
export * from './import-classes';
export * from './import-commit';
export * from './import-undo';
