import {
  array,
  boolean,
  config,
  enum as enumOf,
  literal,
  null as nullOf,
  number,
  object,
  record,
  string,
  union,
  unknown,
} from 'zod';

// The production Content-Security-Policy forbids eval, so zod's compiled parsers cannot run there;
// saying so up front stops zod probing with `new Function` (a CSP violation report on every load).
config({ jitless: true });

/** The part of zod the schemas use, named one by one so that the bundle keeps only that part. */
export const zodLib = {
  array,
  boolean,
  enum: enumOf,
  literal,
  null: nullOf,
  number,
  object,
  record,
  string,
  union,
  unknown,
};
export type ZodLib = typeof zodLib;
