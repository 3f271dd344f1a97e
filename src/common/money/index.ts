export * from './allocate';
export * from './currencies';
export * from './exchange-rate';
export * from './format';
export * from './minor-units';
export * from './money-error';
