import { expectTypeOf, test } from 'vitest';
import type * as z from 'zod';
import type { Action, Message, TraceEntry } from '../../src/_lib/decision.js';
import type { ActionSchema, MessageSchema, TraceEntrySchema } from '../../src/server/decision-schema.js';

// The OpenAPI decision schema is written beside the TypeScript types; these keep them in step.
test('the decision schema matches the Decision types', () => {
  expectTypeOf<z.output<typeof ActionSchema>['kind']>().toEqualTypeOf<Action['kind']>();
  // Every value the schema accepts is a value of the type (the runtime test checks the other way:
  // every bundled example's decision passes the schema).
  expectTypeOf<z.output<typeof ActionSchema>>().toExtend<Action>();
  expectTypeOf<z.output<typeof MessageSchema>>().toExtend<Message>();
  expectTypeOf<z.output<typeof TraceEntrySchema>>().toExtend<Omit<TraceEntry, 'source'> & { source: { seed: string; section: string } }>();
});
