import { addDays, addMonths, addYears, frenchDate } from '../dates.js';
import type { Warning } from '../evaluation.js';
import { years } from '../format.js';
import { need, type Context } from './context.js';
import { cniTiming } from './cni-timing.js';
import { freeReplacement } from './name-change.js';
import { heldPassport } from './documents.js';

type Emit = (warning: Warning) => void;

/**
 * A CNI can be renewed from 6 months before it expires; earlier after a name
 * change (no warning), or for an adult's laminated card into the card format.
 */
export function renewalTiming(ctx: Context, emit: Emit): void {
  const timing = cniTiming(ctx);
  if (timing.kind === 'early-card-format') {
    const done = need(ctx.facts.preApplication, 'preApplication');
    emit({
      id: 'early-renewal-card-format',
      reasonId: done ? 'early-renewal-card-format.pre-application-done' : 'early-renewal-card-format.pre-application-missing',
      values: { ...timing.cni.values, opens: timing.opens },
      message: `Carte plastifiée encore valable (${timing.cni.description}) : elle peut être remplacée dès maintenant par une carte au format carte bancaire, mais la pré-demande en ligne est alors obligatoire${done ? '' : ' et elle n’a pas encore été faite : elle est à faire avant le rendez-vous'}.`,
    });
  }
  if (timing.kind === 'too-early') {
    emit({
      id: 'renewal-too-early',
      reasonId: 'renewal-too-early',
      values: { ...timing.cni.values, opens: timing.opens },
      message: `Renouvellement trop tôt : la ${timing.cni.description} ; le renouvellement n’est possible qu’à partir du ${frenchDate(timing.opens)}, sauf perte, vol ou changement de nom.`,
    });
  }
}

/** The band a minor reaches, said as what changes at the passport's retrieval. */
const WHAT_CHANGES = {
  '12-13': 'il vient alors avec le parent pour retirer le passeport',
  '13-plus': 'il peut alors signer son passeport au retrait si le parent est d’accord',
  adult: 'majeur, il retire alors son passeport seul et le signe',
} as const;

export function minorWarnings(ctx: Context, emit: Emit): void {
  const band = ctx.ageBandOn(ctx.today);
  if (band === null) return;
  emit({
    id: 'minor-travel-authorisation',
    reasonId: 'minor-travel-authorisation',
    values: {},
    message:
      'Pour voyager à l’étranger sans ses parents, l’enfant aura besoin d’une autorisation de sortie du territoire (cerfa 15646*01), remplie par la famille : aucune démarche en mairie.',
  });
  oneAddressOnTitle(ctx, emit);
  if (ctx.titles().includes('passport')) {
    // The title is kept 3 months from its availability, not from the deposit (RULES.md §2).
    const delay = ctx.productionDelayDays();
    const available = addDays(ctx.today, delay);
    const lastDay = addMonths(available, ctx.figures.retrievalMonths);
    const later = ctx.ageBandOn(lastDay);
    if (later !== band) {
      const age = ctx.age() + 1;
      const birthday = addYears(ctx.birthDate(), age);
      // Bands only grow: the band reached is never the youngest.
      const reached = (later ?? 'adult') as keyof typeof WHAT_CHANGES;
      emit({
        id: 'age-band-changes-before-retrieval',
        reasonId: `age-band-changes-before-retrieval.${reached}`,
        values: { age, birthday, lastDay, available, delayDays: delay, months: ctx.figures.retrievalMonths },
        message: `L’enfant aura ${years(age)} le ${frenchDate(birthday)}, avant le dernier jour possible du retrait (le ${frenchDate(lastDay)}, ${ctx.figures.retrievalMonths} mois après la mise à disposition estimée au ${frenchDate(available)}) : le passeport est signé au retrait ; s’il est retiré à partir de cette date, ${WHAT_CHANGES[reached]}.`,
      });
    }
  }
  const name = need(ctx.facts.usageName, 'usageName');
  const consentAge = ctx.figures.childMaySignAge;
  if (name === 'other-parent' && band === '13-plus') {
    emit({
      id: 'minor-usage-name',
      reasonId: 'minor-usage-name',
      values: { age: consentAge },
      message: `L’enfant a ${years(consentAge)} ou plus : il doit consentir à son nom d’usage.`,
    });
  }
}

export function oldPassportReturned(ctx: Context, emit: Emit): void {
  if (!ctx.titles().includes('passport') || ctx.status('passport') !== 'held') return;
  emit({
    id: 'old-passport-returned',
    reasonId: 'old-passport-returned',
    values: {},
    message: 'Le nouveau passeport est remis contre l’ancien ; un visa encore valable peut y être conservé.',
  });
}

/** A free replacement passport keeps the old one's expiry (F1709); a paid renewal gives the full validity. */
export function keepsPreviousExpiry(ctx: Context, emit: Emit): void {
  if (!ctx.titles().includes('passport')) return;
  const free = freeReplacement(ctx);
  if (!free) return;
  const expiry = heldPassport(ctx)!.effectiveExpiry;
  const validity = ctx.isAdult() ? ctx.figures.passportValidityYearsAdult : ctx.figures.passportValidityYearsMinor;
  const why = free === 'name-changed' ? 'après un changement de nom' : 'faute de page libre pour les visas';
  emit({
    id: 'keeps-previous-expiry',
    reasonId: `keeps-previous-expiry.${free}`,
    values: { expiry, years: validity },
    message: `Passeport remplacé sans timbre ${why} : le nouveau garde la date d’expiration de l’ancien, le ${frenchDate(expiry)}. Un renouvellement payant donne au contraire un passeport valable ${years(validity)}.`,
  });
}

/**
 * Alternating residence, both addresses not asked (F32675, 2025-04-22): the
 * dossier is complete, but the title carries only the depositing parent's
 * address; the family may still choose both. Read without `need`: minorPieces
 * asks these facts, and this warning must not hold back the others.
 */
function oneAddressOnTitle(ctx: Context, emit: Emit): void {
  const { parentalAuthority, alternatingResidence, bothAddresses } = ctx.facts;
  if (parentalAuthority !== 'separated' || alternatingResidence !== true || bothAddresses !== false) return;
  emit({
    id: 'one-address-on-title',
    reasonId: 'one-address-on-title',
    values: {},
    message:
      'Résidence alternée : le titre ne portera que l’adresse du parent qui dépose la demande. Pour y faire figurer les deux adresses, apportez la preuve de la résidence alternée (convention ou décision du juge) et le justificatif de domicile de l’autre parent.',
  });
}
