export { isPolicy } from './brand.js';
export type { DeepReadonly, Policy } from './brand.js';
export { defaultPolicy } from './default.js';
export { definePolicy } from './define.js';
export type { DecideOptions } from './resolve.js';
export { PolicySchema, ArticleSchema } from './schema.js';
export type { Article, DeepPartial, PolicyOverrides, PolicyValues } from './schema.js';
export { POLICY_SOURCES } from './sources.js';
export type { PolicyValueInfo } from './sources.js';
