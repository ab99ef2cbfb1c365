export * from './exchange.module';
export * from './export/export.service';
export * from './export/tabular';

export * from './import/import-kind';
export * from './import/import.service';
export * from './import/templates';
export * from './kinds/columns';
export * from './read/cells';
export * from './read/penalties';
export * from './read/table';
