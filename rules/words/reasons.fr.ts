// Why each piece and warning is there, in French: the one place each
// sentence is written. The engine gives a `reasonId` and its `values`; the
// evaluation's `reason` and `message` are these messages formatted
// (./format.ts), and the kiosk's English and Arabic are typed against their
// ids (electron/common/messages/reasons.*). ICU MessageFormat; dates arrive
// written the French way, amounts as numbers, durations and ages as whole
// numbers: no figure is written here.

export const reasonsFr = {
  'age-band-changes-before-retrieval.12-13':
    'L’enfant aura {age, plural, one {# an} other {# ans}} le {birthday}, avant le dernier jour possible du retrait (le {lastDay}, {months} mois après la mise à disposition estimée au {available}) : le passeport est signé au retrait ; s’il est retiré à partir de cette date, l’enfant vient avec le parent pour le retirer.',
  'age-band-changes-before-retrieval.13-plus':
    'L’enfant aura {age, plural, one {# an} other {# ans}} le {birthday}, avant le dernier jour possible du retrait (le {lastDay}, {months} mois après la mise à disposition estimée au {available}) : s’il est retiré à partir de cette date, l’enfant peut signer son passeport si le parent est d’accord.',
  'age-band-changes-before-retrieval.adult':
    'L’enfant aura {age, plural, one {# an} other {# ans}} le {birthday}, avant le dernier jour possible du retrait (le {lastDay}, {months} mois après la mise à disposition estimée au {available}) : s’il est retiré à partir de cette date, il le retire seul, comme un majeur, et le signe.',
  'application-form.no-pre-application': 'Sans pré-demande en ligne, le formulaire papier est rempli et signé au guichet.',
  'birth-certificate.first-passport':
    '{both, select, yes {{title, select, cni {Pour la carte d’identité} other {Pour le passeport}} : } other {}}Première demande de passeport, et aucune carte d’identité valide ou expirée depuis moins de {years, plural, one {# an} other {# ans}}. L’acte doit dater de moins {months, plural, =12 {d’un an} other {de # mois}}.',
  'birth-certificate.lost-cni':
    '{both, select, yes {{title, select, cni {Pour la carte d’identité} other {Pour le passeport}} : } other {}}Carte perdue ou volée, et aucun passeport valide ou expiré depuis moins de {years, plural, one {# an} other {# ans}}. L’acte doit dater de moins {months, plural, =12 {d’un an} other {de # mois}}.',
  'birth-certificate.lost-old-passport':
    '{both, select, yes {{title, select, cni {Pour la carte d’identité} other {Pour le passeport}} : } other {}}Passeport perdu ou volé d’ancien modèle (non sécurisé), et aucune carte d’identité valide ou expirée depuis moins de {years, plural, one {# an} other {# ans}}. L’acte doit dater de moins {months, plural, =12 {d’un an} other {de # mois}}.',
  'birth-certificate.no-recent-title':
    '{both, select, yes {{title, select, cni {Pour la carte d’identité} other {Pour le passeport}} : } other {}}Aucune carte d’identité en main et aucun passeport valide ou expiré depuis moins de {years, plural, one {# an} other {# ans}}. L’acte doit dater de moins {months, plural, =12 {d’un an} other {de # mois}}.',
  'birth-certificate.old-cni':
    '{both, select, yes {{title, select, cni {Pour la carte d’identité} other {Pour le passeport}} : } other {}}La carte d’identité est {state, select, valid {valable jusqu’au {expiry}} other {expirée depuis le {expiry}}}{extended, select, yes { (date imprimée {printed}, prolongée automatiquement de {extraYears, plural, one {# an} other {# ans}})} other {}}, soit {years, plural, one {# an} other {# ans}} ou plus, et aucun passeport sécurisé récent ne la remplace. L’acte doit dater de moins {months, plural, =12 {d’un an} other {de # mois}}.',
  'birth-certificate.old-passport':
    '{both, select, yes {{title, select, cni {Pour la carte d’identité} other {Pour le passeport}} : } other {}}Le passeport {state, select, valid {valable jusqu’au {expiry}} other {expiré depuis le {expiry}}} ne suffit pas, et aucune carte d’identité valide ou expirée depuis moins de {years, plural, one {# an} other {# ans}}. L’acte doit dater de moins {months, plural, =12 {d’un an} other {de # mois}}.',
  'birth-certificate.unsecure-passport':
    '{both, select, yes {{title, select, cni {Pour la carte d’identité} other {Pour le passeport}} : } other {}}Le passeport {state, select, valid {valable jusqu’au {expiry}} other {expiré depuis le {expiry}}} (expiré depuis {years, plural, one {# an} other {# ans}} ou plus) n’est pas sécurisé. L’acte doit dater de moins {months, plural, =12 {d’un an} other {de # mois}}.',
  'current-cni.first-passport':
    'Première demande de passeport : la carte d’identité {cniState, select, valid {valable jusqu’au {cniExpiry}} other {expirée depuis le {cniExpiry}}}{cniExtended, select, yes { (date imprimée {cniPrinted}, prolongée automatiquement de {cniExtraYears, plural, one {# an} other {# ans}})} other {}} prouve l’identité.',
  'current-cni.lost-old-passport':
    'Passeport perdu ou volé d’ancien modèle : la carte d’identité {cniState, select, valid {valable jusqu’au {cniExpiry}} other {expirée depuis le {cniExpiry}}}{cniExtended, select, yes { (date imprimée {cniPrinted}, prolongée automatiquement de {cniExtraYears, plural, one {# an} other {# ans}})} other {}} prouve l’identité.',
  'current-cni.old-passport':
    'Le passeport {state, select, valid {valable jusqu’au {expiry}} other {expiré depuis le {expiry}}} ne suffit pas : la carte d’identité {cniState, select, valid {valable jusqu’au {cniExpiry}} other {expirée depuis le {cniExpiry}}}{cniExtended, select, yes { (date imprimée {cniPrinted}, prolongée automatiquement de {cniExtraYears, plural, one {# an} other {# ans}})} other {}} prouve l’identité.',
  'current-cni.renewal':
    'Renouvellement : carte d’identité {state, select, valid {valable jusqu’au {expiry}} other {expirée depuis le {expiry}}}{extended, select, yes { (date imprimée {printed}, prolongée automatiquement de {extraYears, plural, one {# an} other {# ans}})} other {}}. Elle est rendue au guichet.',
  'current-passport.for-old-cni':
    'La carte est expirée depuis {years, plural, one {# an} other {# ans}} ou plus ; le passeport {state, select, valid {valable jusqu’au {expiry}} other {expiré depuis le {expiry}}} (sécurisé) prouve l’identité.',
  'current-passport.lost-cni':
    'Carte perdue ou volée : le passeport {state, select, valid {valable jusqu’au {expiry}} other {expiré depuis le {expiry}}} prouve l’identité.',
  'current-passport.recent':
    'Le passeport {state, select, valid {valable jusqu’au {expiry}} other {expiré depuis le {expiry}}} (moins de {years, plural, one {# an} other {# ans}} après expiration) prouve l’identité.',
  'current-passport.renewal':
    'Renouvellement : passeport {state, select, valid {valable jusqu’au {expiry}} other {expiré depuis le {expiry}}} ; il suffit à prouver l’identité et il est rendu au guichet.',
  'current-passport.renewal-not-enough':
    'Renouvellement : passeport {state, select, valid {valable jusqu’au {expiry}} other {expiré depuis le {expiry}}}, trop ancien pour prouver l’identité ; il est rendu au guichet, et l’identité se prouve comme pour une première demande.',
  'early-renewal-card-format.pre-application-done':
    'Carte plastifiée encore valable ({state, select, valid {valable jusqu’au {expiry}} other {expirée depuis le {expiry}}}{extended, select, yes { (date imprimée {printed}, prolongée automatiquement de {extraYears, plural, one {# an} other {# ans}})} other {}}) : elle peut être remplacée dès maintenant par une carte au format carte bancaire ; la pré-demande en ligne, obligatoire, a été faite.',
  'early-renewal-card-format.pre-application-missing':
    'Carte plastifiée encore valable ({state, select, valid {valable jusqu’au {expiry}} other {expirée depuis le {expiry}}}{extended, select, yes { (date imprimée {printed}, prolongée automatiquement de {extraYears, plural, one {# an} other {# ans}})} other {}}) : elle peut être remplacée dès maintenant par une carte au format carte bancaire, mais la pré-demande en ligne est alors obligatoire et elle n’a pas encore été faite : elle est à faire avant le rendez-vous.',
  'guardianship-decision.guardian': 'L’autorité parentale est exercée par un tuteur : la décision de justice le désigne.',
  'host-attestation.hosted':
    'Hébergé chez un tiers : ces trois pièces remplacent le justificatif de domicile, et aucune autre ne peut être exigée. L’hébergeant atteste une résidence stable depuis plus de {months} mois.',
  'host-attestation.hosted.minor':
    'Le parent chez qui l’enfant vit est hébergé chez un tiers : ces trois pièces remplacent son justificatif de domicile, et aucune autre ne peut être exigée. L’hébergeant atteste une résidence stable depuis plus de {months} mois.',
  'host-id.hosted':
    'Hébergé chez un tiers : ces trois pièces remplacent le justificatif de domicile, et aucune autre ne peut être exigée. Seule cette pièce est une photocopie.',
  'host-id.hosted.minor':
    'Le parent chez qui l’enfant vit est hébergé chez un tiers : ces trois pièces remplacent son justificatif de domicile, et aucune autre ne peut être exigée. Seule cette pièce est une photocopie.',
  'host-proof-of-address.hosted.minor.tax-notice-accepted':
    'Le parent chez qui l’enfant vit est hébergé chez un tiers : ces trois pièces remplacent son justificatif de domicile, et aucune autre ne peut être exigée. Justificatif de moins {months, plural, =12 {d’un an} other {de # mois}}. Facture d’électricité, de gaz, d’eau, de téléphone ou d’internet, attestation d’assurance habitation, quittance de loyer d’un organisme, avis d’imposition.',
  'host-proof-of-address.hosted.minor.tax-notice-refused':
    'Le parent chez qui l’enfant vit est hébergé chez un tiers : ces trois pièces remplacent son justificatif de domicile, et aucune autre ne peut être exigée. Justificatif de moins {months, plural, =12 {d’un an} other {de # mois}}. Facture d’électricité, de gaz, d’eau, de téléphone ou d’internet, attestation d’assurance habitation, quittance de loyer d’un organisme ; l’avis d’imposition n’est pas accepté (depuis le {since}).',
  'host-proof-of-address.hosted.tax-notice-accepted':
    'Hébergé chez un tiers : ces trois pièces remplacent le justificatif de domicile, et aucune autre ne peut être exigée. Justificatif de moins {months, plural, =12 {d’un an} other {de # mois}}. Facture d’électricité, de gaz, d’eau, de téléphone ou d’internet, attestation d’assurance habitation, quittance de loyer d’un organisme, avis d’imposition.',
  'host-proof-of-address.hosted.tax-notice-refused':
    'Hébergé chez un tiers : ces trois pièces remplacent le justificatif de domicile, et aucune autre ne peut être exigée. Justificatif de moins {months, plural, =12 {d’un an} other {de # mois}}. Facture d’électricité, de gaz, d’eau, de téléphone ou d’internet, attestation d’assurance habitation, quittance de loyer d’un organisme ; l’avis d’imposition n’est pas accepté (depuis le {since}).',
  'keeps-previous-expiry.name-changed':
    'Passeport remplacé sans timbre après un changement de nom : le nouveau garde la date d’expiration de l’ancien, le {expiry}. Un renouvellement payant donne au contraire un passeport valable {years, plural, one {# an} other {# ans}}.',
  'keeps-previous-expiry.pages-full':
    'Passeport remplacé sans timbre faute de page libre pour les visas : le nouveau garde la date d’expiration de l’ancien, le {expiry}. Un renouvellement payant donne au contraire un passeport valable {years, plural, one {# an} other {# ans}}.',
  'loss-declaration.cni': 'La carte d’identité actuelle a été perdue : la déclaration est remplie au guichet.',
  'loss-declaration.passport': 'Le passeport actuel a été perdu : la déclaration est remplie au guichet.',
  'minor-travel-authorisation':
    'Pour voyager à l’étranger sans ses parents, l’enfant aura besoin d’une autorisation de sortie du territoire (cerfa 15646*01), remplie par la famille : aucune démarche en mairie.',
  'minor-usage-name': 'L’enfant a {age, plural, one {# an} other {# ans}} ou plus : il doit consentir à son nom d’usage.',
  'name-change-proof.changed':
    'Nom de famille ou prénom changé depuis la délivrance du titre en cours : l’acte de naissance portant la mention du changement, ou la décision qui l’accorde.',
  'nationality-proof.not-proven':
    'L’acte de naissance ne suffit pas à prouver la nationalité française (par exemple, né à l’étranger de parents nés à l’étranger).',
  'old-passport-returned': 'Le nouveau passeport est remis contre l’ancien ; un visa encore valable peut y être conservé.',
  'parent-id.minor':
    'L’enfant est mineur : le parent (ou le tuteur) qui fait la demande vient avec lui et présente sa propre pièce d’identité.',
  'photo.at-counter': 'Pas de photographe professionnel : la photo est prise au guichet, rien à apporter.',
  'photo.bring':
    'Une photo de moins {months, plural, =12 {d’un an} other {de # mois}}, {width} × {height} mm, fond clair non blanc, tête nue, sans lunettes ; la photo d’un ancien titre est refusée.',
  'pre-application-number.compulsory':
    'La carte plastifiée est remplacée avant la fenêtre de renouvellement par une carte au format carte bancaire : la pré-demande en ligne est alors obligatoire, le formulaire papier ne peut pas servir.',
  'pre-application-number.done': 'Une pré-demande a été faite en ligne : son numéro ou son QR code évite de remplir le formulaire.',
  'proof-of-address.adult.tax-notice-accepted':
    'Adresse, justificatif de moins {months, plural, =12 {d’un an} other {de # mois}}. Facture d’électricité, de gaz, d’eau, de téléphone ou d’internet, attestation d’assurance habitation, quittance de loyer d’un organisme, avis d’imposition.',
  'proof-of-address.adult.tax-notice-refused':
    'Adresse, justificatif de moins {months, plural, =12 {d’un an} other {de # mois}}. Facture d’électricité, de gaz, d’eau, de téléphone ou d’internet, attestation d’assurance habitation, quittance de loyer d’un organisme ; l’avis d’imposition n’est pas accepté (depuis le {since}).',
  'proof-of-address.alternating.tax-notice-accepted':
    'Résidence alternée : l’adresse de chacun des deux parents, un justificatif de moins {months, plural, =12 {d’un an} other {de # mois}} pour chacun. Facture d’électricité, de gaz, d’eau, de téléphone ou d’internet, attestation d’assurance habitation, quittance de loyer d’un organisme, avis d’imposition.',
  'proof-of-address.alternating.tax-notice-refused':
    'Résidence alternée : l’adresse de chacun des deux parents, un justificatif de moins {months, plural, =12 {d’un an} other {de # mois}} pour chacun. Facture d’électricité, de gaz, d’eau, de téléphone ou d’internet, attestation d’assurance habitation, quittance de loyer d’un organisme ; l’avis d’imposition n’est pas accepté (depuis le {since}).',
  'proof-of-address.minor.tax-notice-accepted':
    'Adresse du parent chez qui l’enfant vit habituellement, justificatif de moins {months, plural, =12 {d’un an} other {de # mois}}. Facture d’électricité, de gaz, d’eau, de téléphone ou d’internet, attestation d’assurance habitation, quittance de loyer d’un organisme, avis d’imposition.',
  'proof-of-address.minor.tax-notice-refused':
    'Adresse du parent chez qui l’enfant vit habituellement, justificatif de moins {months, plural, =12 {d’un an} other {de # mois}}. Facture d’électricité, de gaz, d’eau, de téléphone ou d’internet, attestation d’assurance habitation, quittance de loyer d’un organisme ; l’avis d’imposition n’est pas accepté (depuis le {since}).',
  'renewal-too-early':
    'Renouvellement trop tôt : la carte d’identité est {state, select, valid {valable jusqu’au {expiry}} other {expirée depuis le {expiry}}}{extended, select, yes { (date imprimée {printed}, prolongée automatiquement de {extraYears, plural, one {# an} other {# ans}})} other {}} ; le renouvellement n’est possible qu’à partir du {opens}, sauf perte, vol ou changement de nom.',
  'tax-stamp.both':
    'Carte d’identité : {cniAmount, number, ::currency/EUR .00/w} ; passeport : {passportAmount, number, ::currency/EUR .00/w}. Un timbre par titre, achetés séparément : timbres électroniques en ligne sur timbres.impots.gouv.fr (ou chez un buraliste).',
  'tax-stamp.cni':
    'Carte d’identité : {cniAmount, number, ::currency/EUR .00/w}. Timbre électronique en ligne sur timbres.impots.gouv.fr (ou chez un buraliste).',
  'tax-stamp.passport':
    'Passeport : {passportAmount, number, ::currency/EUR .00/w}. Timbre électronique en ligne sur timbres.impots.gouv.fr (ou chez un buraliste).',
  'theft-declaration.cni': 'La carte d’identité actuelle a été volée : la déclaration est faite avant le rendez-vous.',
  'theft-declaration.passport': 'Le passeport actuel a été volé : la déclaration est faite avant le rendez-vous.',
  'usage-name-proof.other-parent': 'Nom d’usage ajoutant le nom de l’autre parent, pas encore sur un titre : acte de naissance.',
  'usage-name-proof.other-parent.minor':
    'Nom d’usage de l’enfant : pour ajouter le nom de l’autre parent, le parent qui fait la demande déclare avoir informé l’autre parent (ni son accord ni sa pièce d’identité ne sont demandés).',
  'usage-name-proof.spouse':
    'Nom d’époux ou d’épouse pas encore sur un titre, selon la situation. Marié·e : acte de naissance avec la mention du mariage. Divorcé·e : jugement de divorce autorisant ce nom. Veuf ou veuve : acte de décès du conjoint.',
  // 2026-12-04 (RULES.md, "Changes 2026-12-04", items 13 and 14): a minor's lost passport, alternating residence.
  'birth-certificate.minor-lost-passport':
    '{both, select, yes {{title, select, cni {Pour la carte d’identité} other {Pour le passeport}} : } other {}}Passeport d’un mineur perdu, et aucune carte d’identité valide ou expirée depuis moins de {years, plural, one {# an} other {# ans}}. L’acte doit dater de moins {months, plural, =12 {d’un an} other {de # mois}}.',
  'current-cni.minor-lost-passport':
    'Passeport d’un mineur perdu : la carte d’identité {cniState, select, valid {valable jusqu’au {cniExpiry}} other {expirée depuis le {cniExpiry}}}{cniExtended, select, yes { (date imprimée {cniPrinted}, prolongée automatiquement de {cniExtraYears, plural, one {# an} other {# ans}})} other {}} prouve l’identité.',
  'custody-judgment.both-addresses':
    'Parents séparés, résidence alternée, les deux adresses demandées sur le titre : la convention entre les parents ou la décision du juge qui fixe la résidence alternée.',
  'one-address-on-title':
    'Résidence alternée : le titre ne portera que l’adresse du parent qui dépose la demande. Pour y faire figurer les deux adresses, apportez la preuve de la résidence alternée (convention ou décision du juge) et le justificatif de domicile de l’autre parent.',
  'proof-of-address.depositing-parent.tax-notice-accepted':
    'Résidence alternée : le justificatif de domicile du parent qui dépose la demande suffit, de moins {months, plural, =12 {d’un an} other {de # mois}}. Facture d’électricité, de gaz, d’eau, de téléphone ou d’internet, attestation d’assurance habitation, quittance de loyer d’un organisme, avis d’imposition.',
  'proof-of-address.depositing-parent.tax-notice-refused':
    'Résidence alternée : le justificatif de domicile du parent qui dépose la demande suffit, de moins {months, plural, =12 {d’un an} other {de # mois}}. Facture d’électricité, de gaz, d’eau, de téléphone ou d’internet, attestation d’assurance habitation, quittance de loyer d’un organisme ; l’avis d’imposition n’est pas accepté (depuis le {since}).',
  'proof-of-address.other-parent.tax-notice-accepted':
    'Résidence alternée, les deux adresses sur le titre : le justificatif de domicile de l’autre parent, de moins {months, plural, =12 {d’un an} other {de # mois}}. Facture d’électricité, de gaz, d’eau, de téléphone ou d’internet, attestation d’assurance habitation, quittance de loyer d’un organisme, avis d’imposition.',
  'proof-of-address.other-parent.tax-notice-refused':
    'Résidence alternée, les deux adresses sur le titre : le justificatif de domicile de l’autre parent, de moins {months, plural, =12 {d’un an} other {de # mois}}. Facture d’électricité, de gaz, d’eau, de téléphone ou d’internet, attestation d’assurance habitation, quittance de loyer d’un organisme ; l’avis d’imposition n’est pas accepté (depuis le {since}).',
} as const;

export type ReasonId = keyof typeof reasonsFr;
export type ReasonCatalog = Record<ReasonId, string>;
