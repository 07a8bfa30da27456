import type { Title } from '../facts/facts.js';
import type { ReasonValues } from '../evaluation.js';
import { years } from '../format.js';
import type { PieceCollector } from '../pieces/collector.js';
import { PIECES } from '../pieces/catalog.js';
import { SOURCES } from '../sources.js';
import type { Context } from './context.js';
import { adultPassportStanding, heldCni, heldPassport, isRecent, passportIsSecure, recentYears, type HeldDocument } from './documents.js';

/** Why a birth certificate is needed for one title, as a sentence and as data; settled afterwards. */
export interface BirthCertificateNeed {
  reason: string;
  reasonId: string;
  values: ReasonValues;
  /** Only where a later fiche than the piece's own sources decides (a minor's lost passport). */
  sources?: readonly string[];
}

export interface IdentityOutcome {
  birthCertificate: BirthCertificateNeed | null;
}

const NONE: IdentityOutcome = { birthCertificate: null };
const birth = (reasonId: string, reason: string, values: ReasonValues = {}, sources?: readonly string[]): IdentityOutcome => ({
  birthCertificate: sources ? { reasonId, reason, values, sources } : { reasonId, reason, values },
});

/** The identity pieces for one title (RULES.md §5), with the declaration of a loss or theft. */
export function identityPieces(ctx: Context, title: Title, pieces: PieceCollector): IdentityOutcome {
  const status = ctx.status(title);
  if (status === 'lost') {
    pieces.add('loss-declaration', [title], {
      reasonId: `loss-declaration.${title}`,
      reason: `${CURRENT[title]} a été perdu${AGREEMENT[title]} : la déclaration est remplie au guichet.`,
    });
  }
  if (status === 'stolen') {
    pieces.add('theft-declaration', [title], {
      reasonId: `theft-declaration.${title}`,
      reason: `${CURRENT[title]} a été volé${AGREEMENT[title]} : la déclaration est faite avant le rendez-vous.`,
    });
  }
  return title === 'cni' ? cniIdentity(ctx, pieces) : passportIdentity(ctx, pieces);
}

const CURRENT: Record<Title, string> = { cni: 'La carte d’identité actuelle', passport: 'Le passeport actuel' };
const AGREEMENT: Record<Title, string> = { cni: 'e', passport: '' };

function cniIdentity(ctx: Context, pieces: PieceCollector): IdentityOutcome {
  const titles = ['cni'] as const;
  const status = ctx.status('cni');
  const n = recentYears(ctx);

  if (status === 'held') {
    const cni = heldCni(ctx)!;
    const { description, values } = cni; // isRecent narrows `cni` away when it is false
    pieces.add('current-cni', titles, {
      reasonId: 'current-cni.renewal',
      values: cni.values,
      reason: `Renouvellement : ${cni.description}. Elle est rendue au guichet.`,
    });
    if (isRecent(ctx, cni)) return NONE;
    const passport = heldPassport(ctx);
    if (isRecent(ctx, passport) && passportIsSecure(ctx)) {
      pieces.add('current-passport', titles, {
        reasonId: 'current-passport.for-old-cni',
        values: { ...passport.values, years: n },
        reason: `La carte est expirée depuis ${years(n)} ou plus ; le ${passport.description} (sécurisé) prouve l’identité.`,
      });
      return NONE;
    }
    return birth(
      'birth-certificate.old-cni',
      `La ${description}, soit ${years(n)} ou plus, et aucun passeport sécurisé récent ne la remplace.`,
      { ...values, years: n },
    );
  }

  const passport = heldPassport(ctx);
  if (status === 'none' || !ctx.isAdult()) {
    if (isRecent(ctx, passport)) {
      pieces.add('current-passport', titles, {
        reasonId: 'current-passport.recent',
        values: { ...passport.values, years: n },
        reason: `Le ${passport.description} (moins de ${years(n)} après expiration) prouve l’identité.`,
      });
      return NONE;
    }
    return birth(
      'birth-certificate.no-recent-title',
      `Aucune carte d’identité en main et aucun passeport valide ou expiré depuis moins de ${years(n)}.`,
      { years: n },
    );
  }

  // Lost or stolen card, adult.
  const standing = adultPassportStanding(ctx, heldPassport(ctx));
  if (standing === 'not-usable') {
    return birth('birth-certificate.lost-cni', `Carte perdue ou volée, et aucun passeport valide ou expiré depuis moins de ${years(n)}.`, {
      years: n,
    });
  }
  const held = heldPassport(ctx)!;
  pieces.add('current-passport', titles, {
    reasonId: 'current-passport.lost-cni',
    values: held.values,
    reason: `Carte perdue ou volée : le ${held.description} prouve l’identité.`,
  });
  if (standing === 'enough') return NONE;
  const grace = ctx.figures.adultPassportGraceYears;
  return birth(
    'birth-certificate.unsecure-passport',
    `Le ${held.description} (expiré depuis ${years(grace)} ou plus) n’est pas sécurisé.`,
    { ...held.values, years: grace },
  );
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
        ? {
            reasonId: 'current-passport.renewal',
            values: held.values,
            reason: `Renouvellement : ${held.description} ; il suffit à prouver l’identité et il est rendu au guichet.`,
          }
        : {
            reasonId: 'current-passport.renewal-not-enough',
            values: held.values,
            reason: `Renouvellement : ${held.description}, trop ancien pour prouver l’identité ; il est rendu au guichet, et l’identité se prouve comme pour une première demande.`,
          },
    );
    if (enough) return NONE;
    return cniOrBirthCertificate(ctx, pieces, 'old-passport', `Le ${held.description} ne suffit pas`, held.values);
  }

  if (status === 'none') return cniOrBirthCertificate(ctx, pieces, 'first-passport', 'Première demande de passeport', {});
  // A minor's lost passport (F21244, 2025-09-29): the minor's CNI decides, as for a first request; the
  // lost passport's model is never asked. A stolen one (F21245) and an adult's keep the rule below.
  if (status === 'lost' && !ctx.isAdult()) {
    return cniOrBirthCertificate(ctx, pieces, 'minor-lost-passport', 'Passeport d’un mineur perdu', {}, [SOURCES.minorLostPassport]);
  }
  if (passportIsSecure(ctx)) return NONE;
  return cniOrBirthCertificate(ctx, pieces, 'lost-old-passport', 'Passeport perdu ou volé d’ancien modèle (non sécurisé)', {});
}

function cniOrBirthCertificate(
  ctx: Context,
  pieces: PieceCollector,
  why: string,
  whyText: string,
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
      reason: `${whyText} : la ${cni.description} prouve l’identité.`,
      ...(sources ? { sources: [...PIECES['current-cni'].sources, ...sources] } : {}),
    });
    return NONE;
  }
  return birth(
    `birth-certificate.${why}`,
    `${whyText}, et aucune carte d’identité valide ou expirée depuis moins de ${years(n)}.`,
    { ...values, years: n },
    sources && [...PIECES['birth-certificate'].sources, ...sources],
  );
}
