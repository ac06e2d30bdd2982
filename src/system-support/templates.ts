import { SEEDS, source } from '../_lib/sources.js';
import { defineTemplate } from '../templates/engine.js';

/** M3 not approved: monitoring is unavailable; contact the installer. */
export const systemM3NotApproved = /* @__PURE__ */ defineTemplate({
  id: 'system-support/m3-not-approved',
  audience: 'homeowner',
  source: source(SEEDS.systemSupportTable, 'the final milestone has not yet been completed, and system production monitoring is currently unavailable'),
  description: 'The final milestone is not approved: monitoring is unavailable; the installer’s contact.',
  text: `Based on the current status of your job in our system, the final milestone has not yet been completed, and system production monitoring is currently unavailable. For further assistance, please contact your installer directly: {{installerName}}, {{installerContact}}.`,
});

/** Reactivation requested within the window: the "Payment less 10 days" quick reply (chat and e-mail). */
export const systemPaymentLess10Days = /* @__PURE__ */ defineTemplate({
  id: 'system-support/payment-less-10-days',
  audience: 'homeowner',
  source: source(SEEDS.systemSupport, 'you can use the quick reply named as “Payment less 10 days'),
  description: 'The quick reply "Payment less 10 days": reactivation may take up to 10 business days.',
  text: `Thank you for your payment made on {{paymentMadeOn}}. Please note that it may take up to {{windowBusinessDays}} business days to reactivate your system after a payment, so your system should be reactivated by {{windowEndsOn}}. If it is still deactivated after that date, please reach out to us again.`,
});

/** Reactivation requested within the window, said on the phone. */
export const systemPaymentLess10DaysPhone = /* @__PURE__ */ defineTemplate({
  id: 'system-support/payment-less-10-days-phone',
  audience: 'homeowner',
  channel: 'phone',
  source: source(SEEDS.systemSupport, 'Please inform the Homeowner that it may take up to 10 Business days to reactivate'),
  description: 'The spoken line for a reactivation request within the window.',
  text: `It may take up to {{windowBusinessDays}} business days to reactivate your system after your payment of {{paymentMadeOn}}, so it should be reactivated by {{windowEndsOn}}. If it is still deactivated after that, please call us again.`,
});

/** RIC maintenance, repair, outage or damage: the homeowner owns the system. */
export const systemRicReferral = /* @__PURE__ */ defineTemplate({
  id: 'system-support/ric-refer-installer',
  audience: 'homeowner',
  source: source(SEEDS.systemSupport, 'Refer the customer to their contract package for details about their manufacturer'),
  description: 'RIC: refer to the installer and to the contract package for the manufacturer’s warranty (SOPS.md item 11).',
  text: `Because you own your solar system, maintenance, repairs and outages are handled by your installer, {{installerName}} ({{installerContact}}). Your contract package has the details of your equipment manufacturer’s warranty.`,
});

/** PPA maintenance, repair, outage or damage on chat or e-mail: Omnidian's contact details. */
export const systemOmnidianReferral = /* @__PURE__ */ defineTemplate({
  id: 'system-support/omnidian-referral',
  audience: 'homeowner',
  source: source(SEEDS.systemSupportTable, 'Provide our Service Departments Information (If it is a Chat or Email)'),
  description: 'PPA on chat or e-mail: our service department’s contact details.',
  text: `Maintenance, repairs and outages of your system are handled by our service department, {{serviceDepartment}}, which will also coordinate with your installer. You can reach {{serviceDepartment}} at {{serviceDepartmentContact}}.`,
});

/** Panel cleaning is not part of maintenance. */
export const systemNoPanelCleaning = /* @__PURE__ */ defineTemplate({
  id: 'system-support/no-panel-cleaning',
  audience: 'homeowner',
  source: source(SEEDS.systemSupportTable, 'WE DO NOT PROVIDE PANEL CLEANING AS PART OF OUR MAINTENANCE SERVICES'),
  description: 'Panel cleaning requests: not provided.',
  text: 'We do not provide panel cleaning as part of our maintenance services.',
});

/** Every template of the system support procedure. */
export const systemSupportTemplates = [
  systemM3NotApproved,
  systemPaymentLess10Days,
  systemPaymentLess10DaysPhone,
  systemRicReferral,
  systemOmnidianReferral,
  systemNoPanelCleaning,
] as const;
