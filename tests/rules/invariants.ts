import { evaluate, PIECE_IDS, type Evaluation, type Facts, type PieceId, type Title } from '../../rules/index.js';
import { addYears } from '../../rules/dates.js';

const SECURE_FROM = '2016-04-12';

/** The pieces come in the contract's vocabulary order (PIECE_IDS), whatever order the rules added them in. */
export function inVocabularyOrder(ev: Evaluation): boolean {
  const ranks = ev.pieces.map((p) => PIECE_IDS.indexOf(p.id));
  return ranks.every((rank, i) => i === 0 || ranks[i - 1]! < rank);
}

/** What must hold for every complete dossier (issues 2 and 11); returns the broken ones. */
export function brokenInvariants(facts: Facts, ev: Evaluation): string[] {
  const broken: string[] = [];
  const requested = facts.titles!;
  const has = (id: PieceId) => ev.pieces.some((p) => p.id === id);
  const piece = (id: PieceId) => ev.pieces.find((p) => p.id === id);
  const minor = ev.applicant.adult === false;

  if (!ev.complete || ev.questions.length > 0) broken.push(`complete facts still ask ${ev.questions.join(', ')}`);
  if (new Set(ev.pieces.map((p) => p.id)).size !== ev.pieces.length) broken.push('a piece appears twice');
  if (!inVocabularyOrder(ev)) broken.push(`pieces out of the contract's order: ${ev.pieces.map((p) => p.id).join(', ')}`);
  for (const p of ev.pieces) {
    if (p.titles.length === 0 || p.titles.some((t) => !requested.includes(t))) broken.push(`${p.id} for titles ${p.titles.join(',')}`);
    if (!p.label || !p.reason || p.sources.length === 0 || p.sources.some((s) => !s))
      broken.push(`${p.id} lacks a label, reason or source`);
    if (!p.reasonId || p.explanations.length === 0 || p.explanations[0]!.reasonId !== p.reasonId)
      broken.push(`${p.id} lacks its reason id`);
    if (p.condition !== null && facts.birthRecordDematerialized !== 'unknown' && facts.nationalityProvenByBirthRecord !== 'unknown')
      broken.push(`${p.id} conditional without an unknown answer`);
    // 2026-11-24: originals only, the host's ID the one photocopy.
    if (p.copies !== (p.id === 'host-id' ? 'photocopy' : 'original')) broken.push(`${p.id} copies ${p.copies}`);
  }
  for (const w of ev.warnings) if (!w.reasonId || !w.message) broken.push(`warning ${w.id} lacks its reason id or message`);
  if (ev.fees.map((f) => f.title).join() !== requested.join()) broken.push('a fee per requested title');
  if (ev.totalFee !== ev.fees.reduce((s, f) => s + f.amount, 0)) broken.push('totalFee is not the sum of fees');
  if (has('tax-stamp') !== ev.totalFee > 0) broken.push(`tax stamp ${has('tax-stamp')} with total ${ev.totalFee}`);
  const stamped = ev.fees.filter((f) => f.amount > 0).map((f) => f.title);
  if (has('tax-stamp') && piece('tax-stamp')!.titles.join() !== stamped.join())
    broken.push('the stamp piece names exactly the paid titles');
  if (stamped.length === 2 && !/Deux timbres/.test(piece('tax-stamp')!.label)) broken.push('two stamps, one label line each');

  const photo = piece('photo');
  const atCounter = (facts.territory === 'guyane' || facts.territory === 'mayotte') && facts.photoAtCounter === true;
  if (!photo || photo.where !== (atCounter ? 'counter' : 'bring')) broken.push('photo to bring unless taken at the counter');

  // 2026-12-04: with both addresses on the title, the other parent's proof is a second proof of address, outside the applicant's path.
  const alternating = minor && facts.parentalAuthority === 'separated' && facts.alternatingResidence === true;
  const bothAddresses = alternating && facts.bothAddresses === true;
  const addressReason = piece('proof-of-address')?.reasonId ?? '';
  const otherParentOnly = addressReason.startsWith('proof-of-address.other-parent.');
  const own = has('proof-of-address') && !otherParentOnly;
  const hostTrio = [has('host-id'), has('host-attestation'), has('host-proof-of-address')];
  const verified =
    facts.preApplication === true && facts.territory === 'general' && facts.residence === 'own' && facts.addressVerifiedOnline === true;
  const paths = [own, hostTrio.every(Boolean), verified].filter(Boolean).length;
  if (paths !== 1 || (hostTrio.some(Boolean) && !hostTrio.every(Boolean))) broken.push('exactly one address path');
  if (!verified && own !== (facts.residence === 'own')) broken.push('address path follows residence');
  if (otherParentOnly !== (bothAddresses && (verified || facts.residence === 'hosted')))
    broken.push("the other parent's proof alone exactly when both addresses and the depositing parent's is settled otherwise");
  if (own && addressReason.startsWith('proof-of-address.alternating.') !== bothAddresses)
    broken.push("both parents' proofs exactly for both addresses");
  if (own && addressReason.startsWith('proof-of-address.depositing-parent.') !== (alternating && !bothAddresses))
    broken.push("the depositing parent's proof exactly for one address under an alternating residence");
  if (ev.warnings.some((w) => w.id === 'one-address-on-title') !== (alternating && facts.bothAddresses === false))
    broken.push('one-address-on-title exactly for an alternating residence with one address');

  if ((ev.minor !== null) !== minor || has('parent-id') !== minor) broken.push('minor block and parent ID exactly for minors');
  if (has('custody-judgment') !== bothAddresses) broken.push('custody judgment exactly for both addresses under an alternating residence');
  if (has('guardianship-decision') !== (minor && facts.parentalAuthority === 'guardian'))
    broken.push('guardianship decision exactly for a guardian');
  if (has('pre-application-number') === has('application-form')) broken.push('pre-application number or the form, not both');
  if (ev.warnings.some((w) => w.id === 'early-renewal-card-format') && (has('application-form') || minor))
    broken.push('early card-format renewal: adults, pre-application compulsory');

  const statusOf = (t: Title) => (t === 'cni' ? facts.currentCni!.status : facts.currentPassport!.status);
  if (has('loss-declaration') !== requested.some((t) => statusOf(t) === 'lost')) broken.push('loss declaration exactly for a lost title');
  if (has('theft-declaration') !== requested.some((t) => statusOf(t) === 'stolen'))
    broken.push('theft declaration exactly for a stolen title');
  for (const title of requested) {
    const proves = ev.pieces.some(
      (p) => p.titles.includes(title) && ['current-cni', 'current-passport', 'birth-certificate'].includes(p.id),
    );
    const passport = facts.currentPassport!;
    const secure = passport.secure ?? (passport.expiry !== undefined && passport.expiry >= SECURE_FROM);
    // 2026-12-04: a minor's lost passport is proven by the CNI or the birth record, whatever its model.
    const minorLoss = minor && title === 'passport' && statusOf(title) === 'lost';
    const secureLoss = title === 'passport' && statusOf(title) !== 'held' && statusOf(title) !== 'none' && secure && !minorLoss;
    if (!proves && facts.birthRecordDematerialized !== true && !secureLoss) broken.push(`nothing proves identity for ${title}`);
  }
  if (minor && requested.includes('passport') && facts.currentPassport!.status === 'lost') broken.push(...minorLostPassport(facts, ev));

  // Free replacement (F1709): a held, valid passport, after a name change or when full; it keeps the old expiry.
  const passport = facts.currentPassport!;
  const validHeld = requested.includes('passport') && passport.status === 'held' && facts.today <= passport.expiry!;
  const free = validHeld && (facts.usageName !== 'none' || facts.nameChanged === true || facts.passportPagesFull === true);
  const passportFee = ev.fees.find((f) => f.title === 'passport');
  if (passportFee && (passportFee.amount === 0) !== free) broken.push(`passport fee ${passportFee.amount} with free replacement ${free}`);
  if (ev.warnings.some((w) => w.id === 'keeps-previous-expiry') !== free)
    broken.push('keeps-previous-expiry exactly for a free replacement');
  if (has('name-change-proof') && (facts.usageName !== 'none' || facts.nameChanged !== true))
    broken.push('name-change-proof only for a family or first name change');
  if (ev.warnings.some((w) => w.id === 'renewal-too-early') && (facts.usageName !== 'none' || facts.nameChanged === true))
    broken.push('a name change lifts the too-early warning');
  return broken;
}

/**
 * A minor's lost passport (RULES.md item 13, F21244): the minor's CNI if valid
 * or expired less than 5 years (a minor's card is never extended: its printed
 * expiry is the one), else a birth certificate; and the lost passport's model
 * changes nothing: the same facts without it are complete, with the same pieces.
 */
function minorLostPassport(facts: Facts, ev: Evaluation): string[] {
  const broken: string[] = [];
  const forPassport = (id: PieceId) => ev.pieces.some((p) => p.id === id && p.titles.includes('passport'));
  const cni = facts.currentCni!;
  const recentCni = cni.status === 'held' && facts.today <= addYears(cni.expiry!, 5);
  if (forPassport('current-cni') !== recentCni) broken.push("minor's lost passport: the CNI exactly when recent");
  if (forPassport('birth-certificate') !== (!recentCni && facts.birthRecordDematerialized !== true))
    broken.push("minor's lost passport: a birth certificate exactly without a recent CNI");
  if (forPassport('current-passport')) broken.push("minor's lost passport: no passport to show");
  const withoutModel = { ...facts.currentPassport! };
  delete withoutModel.secure;
  const again = evaluate({ ...facts, currentPassport: withoutModel });
  if (!again.complete || JSON.stringify(again.pieces) !== JSON.stringify(ev.pieces))
    broken.push("minor's lost passport: the passport's model is asked or changes the pieces");
  return broken;
}
