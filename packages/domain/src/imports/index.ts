export * from './import-columns';
export * from './import-row';
