import { addMonths, addYears, frenchDate } from '../dates.js';
import type { Warning } from '../evaluation.js';
import { cniCardFormat, laminatedEarlyRenewal, renewalWindowMonths, retrievalMonths } from '../parameters/policies.js';
import { need, type Context } from './context.js';
import { heldCni } from './documents.js';

type Emit = (warning: Warning) => void;

/** A CNI can be renewed from 6 months before it expires, except an old laminated card since 2025-03-31. */
export function renewalTiming(ctx: Context, emit: Emit): void {
  if (!ctx.titles().includes('cni')) return;
  const cni = heldCni(ctx);
  if (!cni) return;
  const opens = addMonths(cni.effectiveExpiry, -ctx.param(renewalWindowMonths));
  if (ctx.today >= opens) return;
  if (ctx.param(laminatedEarlyRenewal) && isLaminated(ctx)) {
    emit({
      id: 'early-renewal-card-format',
      message: `Carte plastifiée encore valable (${cni.description}) : elle peut être remplacée dès maintenant par une carte au format carte bancaire, mais la pré-demande en ligne est alors obligatoire${need(ctx.facts.preApplication, 'preApplication') ? '' : ' et elle n’a pas été faite'}.`,
    });
    return;
  }
  emit({
    id: 'renewal-too-early',
    message: `Renouvellement trop tôt : la ${cni.description} ; le renouvellement n'est possible qu'à partir du ${frenchDate(opens)}, sauf perte ou vol.`,
  });
}

/** Asked only when the printed expiry could be a card format's (2021 + 10 years or later). */
function isLaminated(ctx: Context): boolean {
  const { issuedFrom, validityYears } = ctx.param(cniCardFormat);
  const printed = ctx.facts.currentCni!.expiry!;
  if (printed < addYears(issuedFrom, validityYears)) return true;
  return need(ctx.facts.currentCni?.format, 'currentCni.format') === 'laminated';
}

export function minorWarnings(ctx: Context, emit: Emit): void {
  const band = ctx.ageBandOn(ctx.today);
  if (band === null) return;
  emit({
    id: 'minor-travel-authorisation',
    message: "Pour voyager à l'étranger sans ses parents, l'enfant aura besoin d'une autorisation de sortie du territoire (cerfa 15646*01), remplie par la famille : aucune démarche en mairie.",
  });
  if (ctx.titles().includes('passport')) {
    const retrieval = addMonths(ctx.today, ctx.param(retrievalMonths));
    const later = ctx.ageBandOn(retrieval);
    if (later !== band) {
      emit({
        id: 'age-band-changes-before-retrieval',
        message: `L'enfant change de tranche d'âge d'ici le retrait possible (jusqu'au ${frenchDate(retrieval)}) : le passeport est signé au retrait, la signature et la présence suivront alors son âge ce jour-là.`,
      });
    }
  }
  if (need(ctx.facts.parentalAuthority, 'parentalAuthority') === 'separated') {
    emit({
      id: 'alternating-residence',
      message: "En résidence alternée, pour faire figurer les deux adresses, apporter la convention ou la décision de justice et les justificatifs de domicile des deux parents ; sinon, seule l'adresse du parent qui dépose est inscrite.",
    });
  }
  if (need(ctx.facts.usageName, 'usageName') === 'other-parent' && band === '13-plus') {
    emit({ id: 'minor-usage-name', message: "L'enfant a 13 ans ou plus : il doit consentir à son nom d'usage." });
  }
}

export function oldPassportReturned(ctx: Context, emit: Emit): void {
  if (!ctx.titles().includes('passport') || ctx.status('passport') !== 'held') return;
  emit({ id: 'old-passport-returned', message: "Le nouveau passeport est remis contre l'ancien ; un visa encore valable peut y être conservé." });
}
