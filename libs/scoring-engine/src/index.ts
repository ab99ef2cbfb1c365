export * from './legal-facts';
export * from './treaty-status';
export * from './vocabulary';
