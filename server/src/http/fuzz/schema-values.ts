/** fast-check arbitraries of values shaped by a JSON schema, each part sometimes swapped for a hostile value of any type. */
import fc from 'fast-check';
import { hostileJson, hostileKey, hostileNumber, hostileString } from './hostile-values';
import type { JsonSchema } from './operations';

const MAX_DEPTH = 5;

/** How to read schemas, and strings that name real records (ids, matter codes) so that values reach the services. */
export interface Shaping {
  resolve: (schema: JsonSchema) => JsonSchema;
  known: readonly string[];
}

/** A plausible value of the schema (so requests get past the first check), with hostile parts. */
export function valueOf(schema: JsonSchema, shaping: Shaping, depth = 0): fc.Arbitrary<unknown> {
  const shaped = shapedValue(shaping.resolve(schema), shaping, depth);
  return fc.oneof({ weight: 4, arbitrary: shaped }, { weight: 1, arbitrary: depth > 2 ? fc.constant(null) : hostileJson() });
}

function shapedValue(schema: JsonSchema, shaping: Shaping, depth: number): fc.Arbitrary<unknown> {
  if (depth > MAX_DEPTH) return fc.constant(null);
  const choices = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (choices && choices.length > 0) return fc.oneof(...choices.map((s) => valueOf(s, shaping, depth + 1)));
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum && schema.enum.length > 0) return fc.oneof(fc.constantFrom(...schema.enum), hostileString());
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object':
      return objectOf(schema, shaping, depth);
    case 'array':
      return fc.array(valueOf(schema.items ?? {}, shaping, depth + 1), { maxLength: 3 });
    case 'integer':
      return fc.oneof(fc.integer({ min: schema.minimum ?? -5, max: schema.maximum ?? 100 }), hostileNumber());
    case 'number':
      return fc.oneof(fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true }), hostileNumber());
    case 'boolean':
      return fc.boolean();
    case 'string':
      return fc.oneof(
        fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 16, 16) }),
        hostileString(),
        shaping.known.length > 0 ? fc.constantFrom(...shaping.known) : hostileString(),
      );
    case 'null':
      return fc.constant(null);
    default:
      return hostileJson();
  }
}

/** An object of the schema's properties; a record schema (additionalProperties) gets real and hostile keys; sometimes a prototype or unknown key more. */
function objectOf(schema: JsonSchema, shaping: Shaping, depth: number): fc.Arbitrary<unknown> {
  const properties = Object.entries(schema.properties ?? {});
  const required = new Set(schema.required ?? []);
  const record = Object.fromEntries(properties.map(([key, s]) => [key, valueOf(s, shaping, depth + 1)]));
  const requiredKeys = properties.map(([key]) => key).filter((key) => required.has(key));
  const extraKeys = typeof schema.additionalProperties === 'object'
    ? fc.dictionary(fc.oneof(hostileKey(), shaping.known.length > 0 ? fc.constantFrom(...shaping.known) : hostileKey()), valueOf(schema.additionalProperties, shaping, depth + 1), { maxKeys: 3 })
    : fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'extra', 'prototype'), hostileJson(), { maxKeys: 1 });
  return fc.tuple(fc.record(record, { requiredKeys }), extraKeys).map(([known, extra]) => ({ ...known, ...extra }));
}
