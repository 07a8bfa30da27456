import { frenchDate } from '../dates.js';
import type { Title } from '../facts/facts.js';
import { documentMaxAge, taxNoticeAcceptedAsAddressProof } from '../parameters/policies.js';
import { valueAt } from '../parameters/parameter.js';
import type { PieceCollector } from '../pieces/collector.js';
import { SOURCES } from '../sources.js';
import { need, type Context } from './context.js';

export function photo(ctx: Context, titles: Title[], pieces: PieceCollector): void {
  if (photoTakenAtCounter(ctx)) {
    pieces.add('photo', titles, {
      label: "Photo d'identité prise au guichet",
      where: 'counter',
      reason: 'Pas de photographe professionnel : la photo est prise au guichet, rien à apporter.',
    });
    return;
  }
  const { photoMonths } = ctx.param(documentMaxAge);
  pieces.add('photo', titles, {
    reason: `Une photo de moins de ${photoMonths} mois, 35 × 45 mm, fond clair non blanc, tête nue, sans lunettes ; la photo d'un ancien titre est refusée.`,
  });
}

/** Only Guyane and Mayotte, which have no professional photographer, take the photo at the counter. */
export function photoTakenAtCounter(ctx: Context): boolean {
  const territory = need(ctx.facts.territory, 'territory');
  return territory !== 'general' && need(ctx.facts.photoAtCounter, 'photoAtCounter');
}

/** Exactly one path: verified online, the host's three pieces, or one's own proof. */
export function address(ctx: Context, titles: Title[], pieces: PieceCollector): void {
  if (need(ctx.facts.preApplication, 'preApplication') && need(ctx.facts.territory, 'territory') === 'general'
    && need(ctx.facts.addressVerifiedOnline, 'addressVerifiedOnline')) {
    return;
  }
  const { addressProofMonths, hostingMonths } = ctx.param(documentMaxAge);
  const forMinor = ctx.isAdult() ? '' : ' (celle du parent qui fait la demande)';
  const minorCopies = !ctx.isAdult() && titles.includes('cni');
  if (need(ctx.facts.residence, 'residence') === 'hosted') {
    const because = `Hébergé chez un tiers${forMinor} : ces trois pièces remplacent le justificatif de domicile, et aucune autre ne peut être exigée.`;
    pieces.add('host-id', titles, { reason: because });
    pieces.add('host-attestation', titles, { reason: `${because} L'hébergeant atteste une résidence stable depuis plus de ${hostingMonths} mois.` });
    pieces.add('host-proof-of-address', titles, { reason: `${because} ${acceptedKinds(ctx)}` });
    return;
  }
  pieces.add('proof-of-address', titles, {
    reason: `Adresse${forMinor}, justificatif daté de moins de ${addressProofMonths} mois. ${acceptedKinds(ctx)}`,
    copies: minorCopies ? 'original-and-photocopy' : 'original',
  });
}

function acceptedKinds(ctx: Context): string {
  const kinds = "Facture d'électricité, de gaz, d'eau, de téléphone ou d'internet, attestation d'assurance habitation, quittance de loyer d'un organisme";
  const taxNotice = valueAt(taxNoticeAcceptedAsAddressProof, ctx.today);
  return taxNotice.value
    ? `${kinds}, avis d'imposition.`
    : `${kinds} ; l'avis d'imposition n'est pas accepté (depuis le ${frenchDate(taxNotice.from)}).`;
}

export function applicationForm(ctx: Context, titles: Title[], pieces: PieceCollector): void {
  if (need(ctx.facts.preApplication, 'preApplication')) {
    pieces.add('pre-application-number', titles, { reason: 'Une pré-demande a été faite en ligne : son numéro ou son QR code évite de remplir le formulaire.' });
  } else {
    pieces.add('application-form', titles, { reason: 'Sans pré-demande en ligne, le formulaire papier est rempli et signé au guichet.' });
  }
}

/** The parent's ID and the court decisions that say who may sign for a minor. */
export function minorPieces(ctx: Context, titles: Title[], pieces: PieceCollector): void {
  if (ctx.isAdult()) return;
  pieces.add('parent-id', titles, {
    reason: "L'enfant est mineur : le parent (ou le tuteur) qui fait la demande vient avec lui et présente sa propre pièce d'identité.",
    copies: titles.includes('cni') ? 'original-and-photocopy' : 'original',
  });
  const authority = need(ctx.facts.parentalAuthority, 'parentalAuthority');
  if (authority === 'separated') {
    pieces.add('custody-judgment', titles, { reason: "Parents séparés ou divorcés : la décision de justice dit qui exerce l'autorité parentale et où réside l'enfant." });
  }
  if (authority === 'guardian') {
    pieces.add('guardianship-decision', titles, { reason: "L'autorité parentale est exercée par un tuteur : la décision de justice le désigne." });
  }
}

export function usageName(ctx: Context, titles: Title[], pieces: PieceCollector): void {
  const name = need(ctx.facts.usageName, 'usageName');
  if (name === 'spouse') {
    pieces.add('usage-name-proof', titles, {
      label: "Justificatif du nom d'usage (nom de l'époux ou de l'épouse)",
      reason: "Nom d'époux ou d'épouse pas encore sur un titre : acte de naissance avec la mention du mariage, ou jugement de divorce autorisant ce nom, ou acte de décès du conjoint.",
    });
  }
  if (name === 'other-parent') {
    const adult = ctx.isAdult();
    pieces.add('usage-name-proof', titles, {
      label: adult ? "Justificatif du nom d'usage (nom de l'autre parent)" : "Accord pour le nom d'usage de l'enfant (nom de l'autre parent)",
      reason: adult
        ? "Nom d'usage ajoutant le nom de l'autre parent, pas encore sur un titre : acte de naissance."
        : "Nom d'usage de l'enfant : pour ajouter le nom de l'autre parent, le parent qui demande informe l'autre ; pour remplacer ou changer l'ordre des noms, l'accord écrit des deux parents et la pièce d'identité de l'autre parent.",
      sources: [SOURCES.thonesMairie, SOURCES.minorUsageName2025],
    });
  }
}

/** A birth certificate, unless the counter checks it online; nationality proof when it does not prove it. */
export function birthRecord(ctx: Context, titles: Title[], reason: string, pieces: PieceCollector): void {
  const dematerialized = need(ctx.facts.birthRecordDematerialized, 'birthRecordDematerialized');
  const { birthCertificateMonths } = ctx.param(documentMaxAge);
  if (dematerialized !== true) {
    pieces.add('birth-certificate', titles, {
      reason: `${reason} L'acte doit dater de moins de ${birthCertificateMonths} mois.`,
      condition: dematerialized === 'unknown'
        ? "sauf si la commune de naissance est raccordée à COMEDEC, ou si l'acte d'une naissance à l'étranger est détenu par le Service central d'état civil de Nantes : le guichet le vérifie alors en ligne"
        : null,
    });
  }
  const proven = need(ctx.facts.nationalityProvenByBirthRecord, 'nationalityProvenByBirthRecord');
  if (proven !== true) {
    pieces.add('nationality-proof', titles, {
      reason: "L'acte de naissance ne suffit pas à prouver la nationalité française (par exemple, né à l'étranger de parents nés à l'étranger).",
      condition: proven === 'unknown' ? "si l'acte de naissance ne prouve pas la nationalité française" : null,
    });
  }
}
