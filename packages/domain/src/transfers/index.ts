export * from './transfer-rules';
