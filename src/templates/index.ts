export { defineTemplate, escapeHtml, renderTemplate } from './engine.js';
export type { RenderFormat, RenderOptions, Template, TemplateSpec, TemplateView } from './engine.js';
export { getTemplate, templateCatalog } from './catalog.js';
export * from '../pto-delay/templates.js';
export * from '../pv-watts-outage/templates.js';
export * from '../service-desk/templates.js';
export * from '../system-support/templates.js';
