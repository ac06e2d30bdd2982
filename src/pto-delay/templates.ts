import { SEEDS, source } from '../_lib/sources.js';
import { INSTALLER_MUST_NOT_SAY } from '../_lib/wording.js';
import { defineCatalogTemplate, defineTemplate } from '../templates/engine.js';

const seed = SEEDS.ptoDelay;

/** Spoken or written answer when the M2 approval is fewer than 60 days ago. */
export const ptoWithinGraceResponse = /* @__PURE__ */ defineTemplate({
  id: 'pto-delay/within-grace-response',
  audience: 'homeowner',
  source: source(seed, 'If less than 60 days, inform the customer that they will not be billed until 60 days after their installation date'),
  description: 'Within the grace period: no payment is due until the grace period after installation ends.',
  text: 'I see your system was fully installed in {{installMonth}}. Your first payment will not be due until {{gracePeriodDays}} days after {{installMonth}} (on {{firstPaymentDueOn}}).',
});

/** Spoken or written answer when the M2 approval is 60 or more days ago. */
export const ptoGraceEndedResponse = /* @__PURE__ */ defineTemplate({
  id: 'pto-delay/grace-ended-response',
  audience: 'homeowner',
  source: source(seed, 'If more than 60 days, inform the customer that unfortunately we cannot halt the billing process'),
  description: 'Grace period over: billing cannot be halted; we will contact the installer.',
  text: 'I see your system is currently awaiting the permission to operate (or PTO) letter from the utility. This letter is required in order to activate your system without incurring fines from your utility. Your installer, {{installerName}}, is responsible for submitting the PTO letter application with your utility. I will reach out to them on your behalf and instruct them to contact you with an update on the current status of the PTO letter acquisition and the next steps for your project.',
});

/** When a homeowner still asks about double billing. */
export const ptoDoubleBillingEscalation = /* @__PURE__ */ defineTemplate({
  id: 'pto-delay/double-billing-escalation',
  audience: 'homeowner',
  source: source(seed, 'Example response if a homeowner is still requesting information about double billing'),
  description: 'The homeowner still asks about double billing: we escalate to the installer.',
  text: 'We will escalate this issue directly to your installer and request they take the necessary steps to expedite the process, so that we can get this resolved as soon as possible.',
});

/** Reply on tickets from Omnidian or Account Servicing, before closing them. */
export const ptoPartnerTicketReply = /* @__PURE__ */ defineTemplate({
  id: 'pto-delay/partner-ticket-reply',
  audience: 'partner',
  channel: 'email',
  subject: 'Thank you for the information',
  source: source(seed, 'Tickets from Omnidian or Account Servicing'),
  description: 'Thanks the partner; we coordinate with the homeowner and close the ticket.',
  text: `Hello,

Thank you for providing this information to EverBright support. We will contact the homeowner to coordinate communications between them and their installer to address their concerns.

We will close this ticket now. Thank you and have a wonderful day.`,
});

/** Homeowner reply for Littleton, CO systems installed by Top Electric. */
export const ptoLittletonReply = /* @__PURE__ */ defineTemplate({
  id: 'pto-delay/homeowner-littleton-top-electric',
  audience: 'homeowner',
  channel: 'email',
  subject: 'Your first payment due date',
  source: source(seed, 'If the address where the solar system is installed is in Littleton, CO and org Top Electric'),
  description: 'Littleton utility delay known to Top Electric; payment may fall due before activation.',
  text: `We’re following up regarding your inquiry about your first payment due date.

We do provide a {{gracePeriodDays}}-day period from the date your system was installed (our records show this date as {{installDate}}) that provides your installer time to acquire the PTO letter and activate your system before your first payment.

{{installerName}} is aware of a delay with the utility in the {{city}} area that may be causing a delay in the PTO letter acquisition. This may result in your first payment being due before the system is activated. I will instruct the installer in my communication with them to brief you on this delay as well.

Best Regards,`,
});

/** Homeowner reply with the things they can do to expedite PTO. */
export const ptoThingsYouCanDoReply = /* @__PURE__ */ defineTemplate({
  id: 'pto-delay/homeowner-things-you-can-do',
  audience: 'homeowner',
  channel: 'email',
  subject: 'Your permission to operate (PTO) from your utility',
  source: source(seed, 'If the org is Blue Hammer or Stronger:'),
  description: 'Blue Hammer or Stronger, or installed and inspected and only waiting on PTO: what the homeowner can do.',
  text: `Hi {{customerName}},

Our records indicate that your solar system is installed and you’re awaiting permission to operate (PTO) from your utility. Your installer typically handles these activities; however, we know that this can often take some time and it can be frustrating to wait.

If you’d like to get involved, here are some things you can do to expedite the process:

1. Call your electric utility and let them know you’re inquiring about the status of your PTO application
   a. Be sure to have your utility account number and other identifying information handy
      i. They typically will only provide information to the account holder
2. Here’s what they might tell you and what steps you could take next
   a. We don’t have a PTO application on file for your address
      i. You should call your installer immediately and ask them to submit the application
   b. Your application is in progress
      i. Ask for an approximation of how long before it’s approved
   c. Your application is complete, and letter has been sent
      i. Ask for a copy of the approval / PTO letter
      ii. Reply to us with a copy of your letter attached and we’ll add it to your account

Once all the work is complete and PTO is received, your system is ready for activation!

Please let us know if you have any questions,

Best Regards,`,
});

/** Homeowner reply for all other cases. */
export const ptoStandardReply = /* @__PURE__ */ defineTemplate({
  id: 'pto-delay/homeowner-standard',
  audience: 'homeowner',
  channel: 'email',
  subject: 'Your first payment due date',
  source: source(seed, 'All others'),
  description: 'First payment due before PTO: what the agreement says and that we will contact the installer.',
  text: `Hi {{customerName}},

We’re following up regarding your inquiry about your first payment due date, which happens to be prior to you receiving permission to operate (PTO) from your utility.

Our agreement with you indicates that first payment is due {{gracePeriodWords}} ({{gracePeriodDays}}) days after the “Start Date,” which is the date we approve installation of your system.

Sometimes PTO can take some time to coordinate with your utility. We will reach out to your installer about your concern, and suggest they explore ways to expedite receipt of PTO from your utility.

Please do not hesitate to reach out to us should you require any further assistance.

Best Regards,`,
});

/**
 * Message to the installer on the linked installer ticket. Speaks of PTO status only and uses
 * gender-neutral wording (SOPS.md item 9: the seed's "her" and "him/her" are a defect, and its
 * "questions on their financing agreement" is dropped because the installer must not learn the
 * concern was about billing).
 */
export const ptoInstallerMessage = /* @__PURE__ */ defineCatalogTemplate({
  id: 'pto-delay/installer-outreach',
  audience: 'installer',
  channel: 'email',
  subject: 'PTO status update for a homeowner',
  source: source(seed, 'Installer Communications'),
  description: 'Asks the installer to update the homeowner on PTO status; nothing about billing.',
  mustNotSay: {
    pattern: INSTALLER_MUST_NOT_SAY,
    rule: 'SOPS.md item 9: the installer message speaks of PTO status only (never billing, payments or money) and is gender-neutral',
  },
  text: `Hi {{installerContactName}},

{{homeownerName}} reached out to us and asked when their system would receive PTO from the utility. We advised them to discuss the status of PTO with you. Would you please reach out to {{homeownerName}} to give them an update?

Thanks`,
});

/** Every template of the PTO delay procedure. */
export const ptoDelayTemplates = [
  ptoWithinGraceResponse,
  ptoGraceEndedResponse,
  ptoDoubleBillingEscalation,
  ptoPartnerTicketReply,
  ptoLittletonReply,
  ptoThingsYouCanDoReply,
  ptoStandardReply,
  ptoInstallerMessage,
] as const;
