import type { Title } from '../facts/facts.js';
import type { PieceCollector } from '../pieces/collector.js';
import type { Context } from './context.js';
import {
  adultPassportStanding, heldCni, heldPassport, isRecent, passportIsSecure, recentYears, type HeldDocument,
} from './documents.js';

/** What proves identity for one requested title; the birth certificate is settled afterwards. */
export interface IdentityOutcome {
  birthCertificateReason: string | null;
}

/** The identity pieces for one title (RULES.md §5), with the declaration of a loss or theft. */
export function identityPieces(ctx: Context, title: Title, pieces: PieceCollector): IdentityOutcome {
  const status = ctx.status(title);
  if (status === 'lost') pieces.add('loss-declaration', [title], { reason: `${CURRENT[title]} a été perdu${AGREEMENT[title]} : la déclaration est remplie au guichet.` });
  if (status === 'stolen') pieces.add('theft-declaration', [title], { reason: `${CURRENT[title]} a été volé${AGREEMENT[title]} : la déclaration est faite avant le rendez-vous.` });
  return title === 'cni' ? cniIdentity(ctx, pieces) : passportIdentity(ctx, pieces);
}

const CURRENT: Record<Title, string> = { cni: "La carte d'identité actuelle", passport: 'Le passeport actuel' };
const AGREEMENT: Record<Title, string> = { cni: 'e', passport: '' };

function cniIdentity(ctx: Context, pieces: PieceCollector): IdentityOutcome {
  const titles = ['cni'] as const;
  const status = ctx.status('cni');
  const minorCopies = (): 'original' | 'original-and-photocopy' => (ctx.isAdult() ? 'original' : 'original-and-photocopy');
  const passportFor = (reason: string) =>
    pieces.add('current-passport', titles, { reason, copies: minorCopies() });

  if (status === 'held') {
    const cni = heldCni(ctx)!;
    const cniText = cni.description;
    pieces.add('current-cni', titles, { reason: `Renouvellement : ${cniText}. Elle est rendue au guichet.` });
    if (isRecent(ctx, cni)) return { birthCertificateReason: null };
    const passport = heldPassport(ctx);
    if (isRecent(ctx, passport) && passportIsSecure(ctx, passport)) {
      passportFor(`La carte est expirée depuis ${recentYears(ctx)} ans ou plus ; le ${passport.description} (sécurisé) prouve l'identité.`);
      return { birthCertificateReason: null };
    }
    return { birthCertificateReason: `La ${cniText}, soit ${recentYears(ctx)} ans ou plus, et aucun passeport sécurisé récent ne la remplace.` };
  }

  const passport = heldPassport(ctx);
  if (status === 'none' || !ctx.isAdult()) {
    if (isRecent(ctx, passport)) {
      passportFor(`Le ${passport.description} (moins de ${recentYears(ctx)} ans après expiration) prouve l'identité.`);
      return { birthCertificateReason: null };
    }
    return { birthCertificateReason: `Aucune carte d'identité en main et aucun passeport valide ou expiré depuis moins de ${recentYears(ctx)} ans.` };
  }

  // Lost or stolen card, adult.
  const standing = adultPassportStanding(ctx, passport);
  if (standing === 'not-usable') {
    return { birthCertificateReason: `Carte perdue ou volée, et aucun passeport valide ou expiré depuis moins de ${recentYears(ctx)} ans.` };
  }
  passportFor(`Carte perdue ou volée : le ${passport!.description} prouve l'identité.`);
  return {
    birthCertificateReason: standing === 'with-birth-certificate'
      ? `Le ${passport!.description} (2 ans ou plus) n'est pas sécurisé.`
      : null,
  };
}

function passportIdentity(ctx: Context, pieces: PieceCollector): IdentityOutcome {
  const titles = ['passport'] as const;
  const status = ctx.status('passport');
  const passport = heldPassport(ctx);

  if (status === 'held') {
    const held = passport as HeldDocument;
    const enough = ctx.isAdult() ? adultPassportStanding(ctx, held) === 'enough' : isRecent(ctx, held);
    pieces.add('current-passport', titles, {
      reason: enough
        ? `Renouvellement : ${held.description} ; il suffit à prouver l'identité et il est rendu au guichet.`
        : `Renouvellement : ${held.description} ; il est rendu au guichet, mais ne suffit pas à prouver l'identité.`,
    });
    if (enough) return { birthCertificateReason: null };
    return cniOrBirthCertificate(ctx, pieces, `Le ${held.description} ne suffit pas`);
  }

  if (status === 'none') return cniOrBirthCertificate(ctx, pieces, 'Première demande de passeport');
  if (passportIsSecure(ctx, null)) return { birthCertificateReason: null };
  return cniOrBirthCertificate(ctx, pieces, 'Passeport perdu ou volé d’ancien modèle (non sécurisé)');
}

function cniOrBirthCertificate(ctx: Context, pieces: PieceCollector, why: string): IdentityOutcome {
  const cni = heldCni(ctx);
  if (isRecent(ctx, cni)) {
    pieces.add('current-cni', ['passport'], { reason: `${why} : la ${cni.description} prouve l'identité.` });
    return { birthCertificateReason: null };
  }
  return { birthCertificateReason: `${why}, et aucune carte d'identité valide ou expirée depuis moins de ${recentYears(ctx)} ans.` };
}
