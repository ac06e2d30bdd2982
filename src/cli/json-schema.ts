export { factsJsonSchema } from '../json-schema.js';
