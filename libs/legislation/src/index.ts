export * from './entities';
export * from './intervals';
export * from './legislation.loaders';
export * from './legislation.module';
export * from './legislation.service';
export * from './models/legal-facts.models';
export * from './models/legislation.models';
