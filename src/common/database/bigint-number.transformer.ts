import { ValueTransformer } from 'typeorm';

/** bigint columns hold money in minor units; they fit a JS safe integer, so read them as numbers. */
export const bigintNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
