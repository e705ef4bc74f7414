export * from './import-columns';
export * from './import-row';
export * from './import-job';
