import type { Title } from '../facts/facts.js';
import type { ReasonValues } from '../evaluation.js';
import type { PieceCollector } from '../pieces/collector.js';
import { PIECES } from '../pieces/catalog.js';
import { SOURCES } from '../sources.js';
import type { ReasonId } from '../words/reasons.fr.js';
import type { Context } from './context.js';
import { adultPassportStanding, heldCni, heldPassport, isRecent, passportIsSecure, recentYears, type HeldDocument } from './documents.js';

/** Why a birth certificate is needed for one title, as data; settled afterwards. */
export interface BirthCertificateNeed {
  reasonId: BirthCertificateReason;
  values: ReasonValues;
  /** Only where a later fiche than the piece's own sources decides (a minor's lost passport). */
  sources?: readonly string[];
}

export interface IdentityOutcome {
  birthCertificate: BirthCertificateNeed | null;
}

const NONE: IdentityOutcome = { birthCertificate: null };
type BirthCertificateReason = Extract<ReasonId, `birth-certificate.${string}`>;
const birth = (reasonId: BirthCertificateReason, values: ReasonValues = {}, sources?: readonly string[]): IdentityOutcome => ({
  birthCertificate: sources ? { reasonId, values, sources } : { reasonId, values },
});

/** The identity pieces for one title (RULES.md §5), with the declaration of a loss or theft. */
export function identityPieces(ctx: Context, title: Title, pieces: PieceCollector): IdentityOutcome {
  const status = ctx.status(title);
  if (status === 'lost') {
    pieces.add('loss-declaration', [title], { reasonId: `loss-declaration.${title}` });
  }
  if (status === 'stolen') {
    pieces.add('theft-declaration', [title], { reasonId: `theft-declaration.${title}` });
  }
  return title === 'cni' ? cniIdentity(ctx, pieces) : passportIdentity(ctx, pieces);
}

function cniIdentity(ctx: Context, pieces: PieceCollector): IdentityOutcome {
  const titles = ['cni'] as const;
  const status = ctx.status('cni');
  const n = recentYears(ctx);

  if (status === 'held') {
    const cni = heldCni(ctx)!;
    const { values } = cni; // isRecent narrows `cni` away when it is false
    pieces.add('current-cni', titles, { reasonId: 'current-cni.renewal', values: cni.values });
    if (isRecent(ctx, cni)) return NONE;
    const passport = heldPassport(ctx);
    if (isRecent(ctx, passport) && passportIsSecure(ctx)) {
      pieces.add('current-passport', titles, {
        reasonId: 'current-passport.for-old-cni',
        values: { ...passport.values, years: n },
      });
      return NONE;
    }
    return birth('birth-certificate.old-cni', { ...values, years: n });
  }

  const passport = heldPassport(ctx);
  if (status === 'none' || !ctx.isAdult()) {
    if (isRecent(ctx, passport)) {
      pieces.add('current-passport', titles, {
        reasonId: 'current-passport.recent',
        values: { ...passport.values, years: n },
      });
      return NONE;
    }
    return birth('birth-certificate.no-recent-title', { years: n });
  }

  // Lost or stolen card, adult.
  const standing = adultPassportStanding(ctx, heldPassport(ctx));
  if (standing === 'not-usable') {
    return birth('birth-certificate.lost-cni', { years: n });
  }
  const held = heldPassport(ctx)!;
  pieces.add('current-passport', titles, { reasonId: 'current-passport.lost-cni', values: held.values });
  if (standing === 'enough') return NONE;
  const grace = ctx.figures.adultPassportGraceYears;
  return birth('birth-certificate.unsecure-passport', { ...held.values, years: grace });
}

function passportIdentity(ctx: Context, pieces: PieceCollector): IdentityOutcome {
  const titles = ['passport'] as const;
  const status = ctx.status('passport');
  const passport = heldPassport(ctx);

  if (status === 'held') {
    const held = passport as HeldDocument;
    const enough = ctx.isAdult() ? adultPassportStanding(ctx, held) === 'enough' : isRecent(ctx, held);
    pieces.add(
      'current-passport',
      titles,
      enough
        ? { reasonId: 'current-passport.renewal', values: held.values }
        : { reasonId: 'current-passport.renewal-not-enough', values: held.values },
    );
    if (enough) return NONE;
    return cniOrBirthCertificate(ctx, pieces, 'old-passport', held.values);
  }

  if (status === 'none') return cniOrBirthCertificate(ctx, pieces, 'first-passport', {});
  // A minor's lost passport (F21244, 2025-09-29): the minor's CNI decides, as for a first request; the
  // lost passport's model is never asked. A stolen one (F21245) and an adult's keep the rule below.
  if (status === 'lost' && !ctx.isAdult()) {
    return cniOrBirthCertificate(ctx, pieces, 'minor-lost-passport', {}, [SOURCES.minorLostPassport]);
  }
  if (passportIsSecure(ctx)) return NONE;
  return cniOrBirthCertificate(ctx, pieces, 'lost-old-passport', {});
}

function cniOrBirthCertificate(
  ctx: Context,
  pieces: PieceCollector,
  why: 'old-passport' | 'first-passport' | 'minor-lost-passport' | 'lost-old-passport',
  values: ReasonValues,
  sources?: readonly string[],
): IdentityOutcome {
  const cni = heldCni(ctx);
  const n = recentYears(ctx);
  if (isRecent(ctx, cni)) {
    // The CNI's own dates, under their own names: the passport's are in `values`.
    const cniValues = Object.fromEntries(Object.entries(cni.values).map(([k, v]) => [`cni${k[0]!.toUpperCase()}${k.slice(1)}`, v]));
    pieces.add('current-cni', ['passport'], {
      reasonId: `current-cni.${why}`,
      values: { ...values, ...cniValues },
      ...(sources ? { sources: [...PIECES['current-cni'].sources, ...sources] } : {}),
    });
    return NONE;
  }
  return birth(`birth-certificate.${why}`, { ...values, years: n }, sources && [...PIECES['birth-certificate'].sources, ...sources]);
}
