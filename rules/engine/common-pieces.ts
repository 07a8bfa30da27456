import type { Title } from '../facts/facts.js';
import type { PieceCollector } from '../pieces/collector.js';
import { CONDITIONS, PIECES } from '../pieces/catalog.js';
import { SOURCES } from '../sources.js';
import { need, type Context } from './context.js';
import { earlyCardFormatRenewal } from './cni-timing.js';
import type { BirthCertificateNeed } from './identity.js';

export function photo(ctx: Context, titles: Title[], pieces: PieceCollector): void {
  if (photoTakenAtCounter(ctx)) {
    pieces.add('photo', titles, {
      labelId: 'photo.at-counter',
      where: 'counter',
      reasonId: 'photo.at-counter',
    });
    return;
  }
  const f = ctx.figures;
  pieces.add('photo', titles, {
    reasonId: 'photo.bring',
    values: { months: f.photoMonths, width: f.photoWidthMm, height: f.photoHeightMm },
  });
}

/** Only Guyane and Mayotte, which have no professional photographer, take the photo at the counter. */
export function photoTakenAtCounter(ctx: Context): boolean {
  const territory = need(ctx.facts.territory, 'territory');
  return (territory === 'guyane' || territory === 'mayotte') && need(ctx.facts.photoAtCounter, 'photoAtCounter');
}

/**
 * Exactly one path for the applicant's (or, for a minor, the depositing
 * parent's) address: verified online, the host's three pieces, or one's own
 * proof. Justif'Adresse exists only in mainland France and Corsica and checks
 * contracts in the applicant's own name, so it is asked only there and only
 * for `residence: own` (RULES.md §6). An alternating residence with both
 * addresses on the title adds the other parent's proof, which neither
 * Justif'Adresse nor hosting removes (RULES.md §6, 2026-12-04).
 */
export function address(ctx: Context, titles: Title[], pieces: PieceCollector): void {
  const residence = need(ctx.facts.residence, 'residence');
  const verified =
    residence === 'own' &&
    need(ctx.facts.preApplication, 'preApplication') &&
    need(ctx.facts.territory, 'territory') === 'general' &&
    need(ctx.facts.addressVerifiedOnline, 'addressVerifiedOnline');
  const f = ctx.figures;
  const adult = ctx.isAdult();
  const kinds = acceptedKinds(ctx);
  const split = alternatingResidence(ctx);
  const sources = [...PIECES['proof-of-address'].sources, SOURCES.minorAddressProof];
  if (residence === 'hosted') {
    const id = adult ? 'hosted' : 'hosted.minor';
    pieces.add('host-id', titles, { reasonId: `host-id.${id}` });
    pieces.add('host-attestation', titles, { reasonId: `host-attestation.${id}`, values: { months: f.hostingMinMonths } });
    pieces.add('host-proof-of-address', titles, {
      reasonId: `host-proof-of-address.${id}.${kinds.id}`,
      values: { months: f.addressProofMaxAgeMonths, ...kinds.values },
    });
  } else if (split === 'both' && !verified) {
    // Both addresses on the title: each parent's address is proven (F1342, F32675), as the custody piece says.
    pieces.add('proof-of-address', titles, {
      labelId: 'proof-of-address.alternating',
      reasonId: `proof-of-address.alternating.${kinds.id}`,
      values: { months: f.addressProofMaxAgeMonths, ...kinds.values },
      sources: [...sources, SOURCES.alternatingResidence],
    });
    return;
  } else if (split !== null && !verified) {
    // One address on the title, or not answered yet: the depositing parent's proof suffices (F32675, 2025-04-22).
    pieces.add('proof-of-address', titles, {
      labelId: 'proof-of-address.depositing-parent',
      reasonId: `proof-of-address.depositing-parent.${kinds.id}`,
      values: { months: f.addressProofMaxAgeMonths, ...kinds.values },
      sources,
    });
  } else if (!verified) {
    pieces.add('proof-of-address', titles, {
      reasonId: `proof-of-address.${adult ? 'adult' : 'minor'}.${kinds.id}`,
      values: { months: f.addressProofMaxAgeMonths, ...kinds.values },
    });
  }
  if (split === 'both') {
    // The depositing parent's address is settled above (online, or by the host's pieces); the other parent's is not.
    pieces.add('proof-of-address', titles, {
      labelId: 'proof-of-address.other-parent',
      reasonId: `proof-of-address.other-parent.${kinds.id}`,
      values: { months: f.addressProofMaxAgeMonths, ...kinds.values },
      sources: [...sources, SOURCES.alternatingResidence],
    });
  }
}

/**
 * A minor whose separated parents share the residence: `both` when the
 * family asks for both addresses on the title, `one` when it does not or has
 * not answered yet (the depositing parent's proof is needed either way).
 * Read without `need`: the address piece waits on nothing; while the answers
 * are missing the evaluation is incomplete anyway (minorPieces asks them).
 */
function alternatingResidence(ctx: Context): 'one' | 'both' | null {
  if (ctx.isAdult() || ctx.facts.parentalAuthority !== 'separated' || ctx.facts.alternatingResidence !== true) return null;
  return ctx.facts.bothAddresses === true ? 'both' : 'one';
}

/** Whether a tax notice proves the address on the deposit date (the catalog lists the accepted kinds). */
function acceptedKinds(ctx: Context): { id: 'tax-notice-accepted' | 'tax-notice-refused'; values: Record<string, string> } {
  const { taxNoticeAccepted, taxNoticeSince } = ctx.figures;
  return taxNoticeAccepted ? { id: 'tax-notice-accepted', values: {} } : { id: 'tax-notice-refused', values: { since: taxNoticeSince } };
}

/**
 * The pre-application's number, or the paper form at the counter. An adult's
 * laminated card renewed early into the card format needs the online
 * pre-application (F21089): then it is a step to do before the appointment.
 */
export function applicationForm(ctx: Context, titles: Title[], pieces: PieceCollector): void {
  if (need(ctx.facts.preApplication, 'preApplication')) {
    pieces.add('pre-application-number', titles, {
      reasonId: 'pre-application-number.done',
    });
  } else if (earlyCardFormatRenewal(ctx)) {
    pieces.add('pre-application-number', titles, {
      labelId: 'pre-application-number.compulsory',
      reasonId: 'pre-application-number.compulsory',
      sources: [SOURCES.cardFormatRenewal],
    });
  } else {
    pieces.add('application-form', titles, {
      reasonId: 'application-form.no-pre-application',
    });
  }
}

/**
 * The parent's ID and what says who the child lives with. Separated parents:
 * the child's residence decides (F1342): with one parent, that parent's proof
 * of address and no court decision. Alternating (F32675, 2025-04-22): the
 * convention or the judge's decision only when the family asks for both
 * addresses on the title (`bothAddresses`, asked only then); otherwise the
 * title carries the depositing parent's address (warning `one-address-on-title`).
 */
export function minorPieces(ctx: Context, titles: Title[], pieces: PieceCollector): void {
  if (ctx.isAdult()) return;
  pieces.add('parent-id', titles, { reasonId: 'parent-id.minor' });
  const authority = need(ctx.facts.parentalAuthority, 'parentalAuthority');
  if (
    authority === 'separated' &&
    need(ctx.facts.alternatingResidence, 'alternatingResidence') &&
    need(ctx.facts.bothAddresses, 'bothAddresses')
  ) {
    pieces.add('custody-judgment', titles, {
      reasonId: 'custody-judgment.both-addresses',
      sources: [...PIECES['custody-judgment'].sources, SOURCES.minorAddressProof],
    });
  }
  if (authority === 'guardian') {
    pieces.add('guardianship-decision', titles, { reasonId: 'guardianship-decision.guardian' });
  }
}

export function usageName(ctx: Context, titles: Title[], pieces: PieceCollector): void {
  const name = need(ctx.facts.usageName, 'usageName');
  if (name === 'spouse') {
    pieces.add('usage-name-proof', titles, {
      labelId: 'usage-name-proof.spouse',
      reasonId: 'usage-name-proof.spouse',
    });
  }
  if (name === 'other-parent') {
    const adult = ctx.isAdult();
    pieces.add('usage-name-proof', titles, {
      labelId: adult ? 'usage-name-proof.other-parent' : 'usage-name-proof.other-parent.minor',
      reasonId: adult ? 'usage-name-proof.other-parent' : 'usage-name-proof.other-parent.minor',
      sources: [SOURCES.thonesMairie, SOURCES.minorUsageName2025],
    });
  }
}

/** A birth certificate, unless the counter checks it online; nationality proof when it does not prove it. */
export function birthRecord(ctx: Context, titles: Title[], why: BirthCertificateNeed, pieces: PieceCollector): void {
  const dematerialized = need(ctx.facts.birthRecordDematerialized, 'birthRecordDematerialized');
  const maxAge = ctx.figures.birthCertificateMaxAgeMonths;
  if (dematerialized !== true) {
    pieces.add('birth-certificate', titles, {
      reasonId: why.reasonId,
      values: { ...why.values, months: maxAge },
      ...(why.sources ? { sources: why.sources } : {}),
      condition: dematerialized === 'unknown' ? CONDITIONS['birth-certificate'] : null,
    });
  }
  const proven = need(ctx.facts.nationalityProvenByBirthRecord, 'nationalityProvenByBirthRecord');
  if (proven !== true) {
    pieces.add('nationality-proof', titles, {
      reasonId: 'nationality-proof.not-proven',
      condition: proven === 'unknown' ? CONDITIONS['nationality-proof'] : null,
    });
  }
}
