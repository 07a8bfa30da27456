import type { Evaluation, Facts, PieceId, Title } from '../../rules/index.js';

/** What must hold for every complete dossier (issue 2); returns the broken ones. */
export function brokenInvariants(facts: Facts, ev: Evaluation): string[] {
  const broken: string[] = [];
  const requested = facts.titles!;
  const has = (id: PieceId) => ev.pieces.some((p) => p.id === id);
  const minor = ev.applicant.adult === false;

  if (!ev.complete || ev.questions.length > 0) broken.push(`complete facts still ask ${ev.questions.join(', ')}`);
  if (new Set(ev.pieces.map((p) => p.id)).size !== ev.pieces.length) broken.push('a piece appears twice');
  for (const p of ev.pieces) {
    if (p.titles.length === 0 || p.titles.some((t) => !requested.includes(t))) broken.push(`${p.id} for titles ${p.titles.join(',')}`);
    if (!p.label || !p.reason || p.sources.length === 0 || p.sources.some((s) => !s)) broken.push(`${p.id} lacks a label, reason or source`);
    if (p.condition !== null && facts.birthRecordDematerialized !== 'unknown' && facts.nationalityProvenByBirthRecord !== 'unknown') broken.push(`${p.id} conditional without an unknown answer`);
  }
  if (ev.fees.map((f) => f.title).join() !== requested.join()) broken.push('a fee per requested title');
  if (ev.totalFee !== ev.fees.reduce((s, f) => s + f.amount, 0)) broken.push('totalFee is not the sum of fees');
  if (has('tax-stamp') !== ev.totalFee > 0) broken.push(`tax stamp ${has('tax-stamp')} with total ${ev.totalFee}`);

  const photo = ev.pieces.find((p) => p.id === 'photo');
  const atCounter = facts.territory !== 'general' && facts.photoAtCounter === true;
  if (!photo || photo.where !== (atCounter ? 'counter' : 'bring')) broken.push('photo to bring unless taken at the counter');

  const own = has('proof-of-address');
  const hostTrio = [has('host-id'), has('host-attestation'), has('host-proof-of-address')];
  const verified = facts.preApplication === true && facts.territory === 'general' && facts.addressVerifiedOnline === true;
  const paths = [own, hostTrio.every(Boolean), verified].filter(Boolean).length;
  if (paths !== 1 || (hostTrio.some(Boolean) && !hostTrio.every(Boolean))) broken.push('exactly one address path');
  if (!verified && own !== (facts.residence === 'own')) broken.push('address path follows residence');

  if ((ev.minor !== null) !== minor || has('parent-id') !== minor) broken.push('minor block and parent ID exactly for minors');
  if (has('pre-application-number') === has('application-form')) broken.push('pre-application number or the form, not both');

  const statusOf = (t: Title) => (t === 'cni' ? facts.currentCni!.status : facts.currentPassport!.status);
  if (has('loss-declaration') !== requested.some((t) => statusOf(t) === 'lost')) broken.push('loss declaration exactly for a lost title');
  if (has('theft-declaration') !== requested.some((t) => statusOf(t) === 'stolen')) broken.push('theft declaration exactly for a stolen title');
  for (const title of requested) {
    const proves = ev.pieces.some((p) => p.titles.includes(title) && ['current-cni', 'current-passport', 'birth-certificate'].includes(p.id));
    const secureLoss = title === 'passport' && statusOf(title) !== 'held' && statusOf(title) !== 'none' && facts.currentPassport!.secure === true;
    if (!proves && facts.birthRecordDematerialized !== true && !secureLoss) broken.push(`nothing proves identity for ${title}`);
  }
  return broken;
}
