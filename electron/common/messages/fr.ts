// The kiosk's words, in plain French (ICU MessageFormat, read by FormatJS).
// Piece labels are looked up by the engine's ids: `piece.<id>`, each a plain phrase with its article
// like its neighbours in the list, never the station's terse label (tests/host/kiosk-piece-names.test.ts).
// `{who}` is "me", "child" or "other": how the person is spoken of.

export const fr = {
  'language.name': 'Français',
  'language.choose': 'Langue',

  'welcome.title': 'Préparez votre demande de carte d’identité ou de passeport',
  'welcome.body':
    'Répondez à quelques questions. La borne vous dit quoi apporter à votre rendez-vous en mairie, et vous pouvez l’imprimer.',
  'welcome.privacy':
    'Vos réponses sont effacées dès que vous avez fini. Ne donnez ni nom ni numéro de document : ils ne sont pas demandés.',
  'welcome.scope':
    'Vous habitez à l’étranger ? Adressez-vous au consulat de France. Un voyage urgent (raison médicale, humanitaire ou professionnelle) ? La préfecture délivre un passeport temporaire ({temporaryPassportFee, number, ::currency/EUR .00/w}, valable {temporaryPassportYears, plural, one {# an} other {# ans}}).',
  'welcome.start': 'Commencer',
  'welcome.goodbye': 'Votre ticket est imprimé. Vos réponses sont effacées. Au revoir !',
  'welcome.erased': 'Vos réponses ont été effacées.',
  'goodbye.done': 'Terminer',
  'booking.qr': 'QR code vers le site de prise de rendez-vous',

  'who.title': 'Pour qui faites-vous la démarche ?',
  'who.me': 'Pour moi',
  'who.child': 'Pour mon enfant',
  'who.several': 'Pour plusieurs personnes',
  'who.next': 'Pour qui est la demande suivante ?',
  'who.other': 'Pour une autre personne',

  'titles.title':
    '{who, select, me {Que voulez-vous demander ?} child {Que voulez-vous demander pour votre enfant ?} other {Que demande cette personne ?}}',
  'titles.cni': 'Une carte d’identité',
  'titles.passport': 'Un passeport',
  'titles.both': 'Les deux',

  'nav.back': 'Retour',
  'nav.step': 'Étape {current} sur {total}',
  'nav.progress': 'Avancement',
  'nav.label': 'Navigation',
  'answer.yes': 'Oui',
  'answer.no': 'Non',
  'answer.unknown': 'Je ne sais pas',

  'q.birthDate':
    '{who, select, me {Quelle est votre date de naissance ?} child {Quelle est la date de naissance de votre enfant ?} other {Quelle est la date de naissance de cette personne ?}}',
  'q.birthDate.example': 'Par exemple : 05/03/2012 pour le 5 mars 2012.',
  'q.currentCni.status':
    '{who, select, me {Avez-vous déjà eu une carte d’identité ?} child {Votre enfant a-t-il déjà eu une carte d’identité ?} other {Cette personne a-t-elle déjà eu une carte d’identité ?}}',
  'q.currentCni.status.example':
    '{who, select, me {Même si elle est expirée, répondez « Oui, je l’ai ».} child {Même si elle est expirée, répondez « Oui, mon enfant l’a ».} other {Même si elle est expirée, répondez « Oui, cette personne l’a ».}}',
  'q.currentCni.status.held': '{who, select, me {Oui, je l’ai} child {Oui, mon enfant l’a} other {Oui, cette personne l’a}}',
  'q.currentCni.status.none': 'Non, jamais',
  'q.currentCni.status.lost': 'Elle est perdue',
  'q.currentCni.status.stolen': 'Elle a été volée',
  'q.currentCni.expiry': 'Quelle date de fin de validité est écrite sur la carte d’identité ?',
  'q.currentCni.expiry.example': 'Regardez la ligne « Valable jusqu’au » ou « Date d’expiration ».',
  'q.currentCni.format': 'Comment est la carte d’identité ?',
  'q.currentCni.format.example': 'La nouvelle carte a la taille d’une carte bancaire ; l’ancienne est plastifiée et plus grande.',
  'q.currentCni.format.laminated': 'Ancienne carte plastifiée',
  'q.currentCni.format.card': 'Format carte bancaire',
  'q.currentPassport.status':
    '{who, select, me {Avez-vous déjà eu un passeport ?} child {Votre enfant a-t-il déjà eu un passeport ?} other {Cette personne a-t-elle déjà eu un passeport ?}}',
  'q.currentPassport.status.example':
    '{who, select, me {Même s’il est expiré, répondez « Oui, je l’ai ».} child {Même s’il est expiré, répondez « Oui, mon enfant l’a ».} other {Même s’il est expiré, répondez « Oui, cette personne l’a ».}}',
  'q.currentPassport.status.held': '{who, select, me {Oui, je l’ai} child {Oui, mon enfant l’a} other {Oui, cette personne l’a}}',
  'q.currentPassport.status.none': 'Non, jamais',
  'q.currentPassport.status.lost': 'Il est perdu',
  'q.currentPassport.status.stolen': 'Il a été volé',
  'q.currentPassport.expiry': 'Quelle date de fin de validité est écrite sur le passeport ?',
  'q.currentPassport.expiry.example': 'Elle est sur la page avec la photo.',
  'q.currentPassport.secure': 'Le passeport a-t-il ce logo sur la couverture : un rectangle avec un rond au milieu ?',
  'q.currentPassport.secure.example':
    'C’est le logo des passeports électroniques. Tous les passeports faits depuis {securePassportYear} l’ont.',
  'q.parentalAuthority':
    '{who, select, me {Qui exerce l’autorité parentale sur vous ?} child {Qui exerce l’autorité parentale sur votre enfant ?} other {Qui exerce l’autorité parentale sur cette personne ?}}',
  'q.parentalAuthority.example': 'Par exemple, « parents séparés » si un juge a décidé de la garde.',
  'q.parentalAuthority.joint': 'Les deux parents, ensemble',
  'q.parentalAuthority.separated': 'Les parents sont séparés ou divorcés',
  'q.parentalAuthority.guardian': 'Un tuteur',
  'q.preApplication':
    '{who, select, me {Avez-vous fait la pré-demande sur internet (ants.gouv.fr) ?} child {Avez-vous fait la pré-demande de votre enfant sur internet (ants.gouv.fr) ?} other {La pré-demande de cette personne a-t-elle été faite sur internet (ants.gouv.fr) ?}}',
  'q.preApplication.example': 'Vous avez alors un numéro de pré-demande ou un QR code.',
  'q.addressVerifiedOnline':
    '{who, select, me {Lors de la pré-demande, votre adresse a-t-elle été vérifiée en ligne ?} child {Lors de la pré-demande de votre enfant, votre adresse a-t-elle été vérifiée en ligne ?} other {Lors de la pré-demande, l’adresse de cette personne a-t-elle été vérifiée en ligne ?}}',
  'q.addressVerifiedOnline.example': 'Le site indique alors « adresse vérifiée ». Si vous ne savez pas, répondez Non.',
  'q.residence':
    '{who, select, me {Habitez-vous chez vous ?} child {Habitez-vous chez vous, avec votre enfant ?} other {Cette personne habite-t-elle chez elle ?}}',
  'q.residence.example':
    '{who, select, me {Répondez « hébergé ou hébergée » si vous vivez chez quelqu’un d’autre, par exemple chez vos parents.} child {Répondez « hébergé ou hébergée » si vous vivez chez quelqu’un d’autre, par exemple chez vos parents.} other {Répondez « hébergée » si cette personne vit chez quelqu’un d’autre, par exemple chez ses parents.}}',
  'q.residence.own': '{who, select, me {Oui, chez moi} child {Oui, chez moi} other {Oui, chez elle}}',
  'q.residence.hosted':
    '{who, select, me {Non, je suis hébergé ou hébergée} child {Non, je suis hébergé ou hébergée} other {Non, elle est hébergée}}',
  'q.usageName':
    '{who, select, me {Voulez-vous un nom d’usage qui n’est pas encore sur vos papiers ?} child {Voulez-vous ajouter le nom de l’autre parent sur le titre de votre enfant ?} other {Cette personne veut-elle un nom d’usage qui n’est pas encore sur ses papiers ?}}',
  'q.usageName.example':
    '{who, select, me {Par exemple, le nom de votre époux ou de votre épouse, ou celui de votre autre parent.} child {Le nom d’usage d’un enfant ne peut être que le nom de l’autre parent, accolé au sien.} other {Par exemple, le nom de son époux ou de son épouse, ou celui de son autre parent.}}',
  'q.usageName.none': 'Non',
  'q.usageName.spouse': 'Le nom de l’époux ou de l’épouse',
  'q.usageName.other-parent': 'Le nom de l’autre parent',
  'q.birthRecordDematerialized': 'La mairie de naissance envoie-t-elle les actes de naissance par internet (COMEDEC) ?',
  'q.birthRecordDematerialized.example': 'La plupart des grandes villes le font. Si vous ne savez pas, le guichet vérifiera.',
  'q.nationalityProvenByBirthRecord':
    '{who, select, me {L’acte de naissance montre-t-il que vous êtes français ou française ?} child {L’acte de naissance de votre enfant montre-t-il qu’il ou elle est français ou française ?} other {L’acte de naissance de cette personne montre-t-il qu’elle est française ?}}',
  'q.nationalityProvenByBirthRecord.example':
    '{who, select, me {Par exemple, non si vous êtes né ou née à l’étranger de parents nés à l’étranger.} child {Par exemple, non si votre enfant est né ou née à l’étranger de parents nés à l’étranger.} other {Par exemple, non si cette personne est née à l’étranger de parents nés à l’étranger.}}',
  'q.photoAtCounter': 'La photo sera-t-elle prise à la mairie ?',
  'q.photoAtCounter.example': 'Seulement là où il n’y a pas de photographe.',
  // The facts of 2026-11-24.
  'q.nameChanged':
    '{who, select, me {Votre nom ou votre prénom a-t-il changé depuis que vous avez vos papiers actuels ?} child {Le nom ou le prénom de votre enfant a-t-il changé depuis ses papiers actuels ?} other {Le nom ou le prénom de cette personne a-t-il changé depuis ses papiers actuels ?}}',
  'q.nameChanged.example': 'Par exemple après un mariage, un divorce ou une décision de changement de nom.',
  'q.passportPagesFull': 'Le passeport actuel est-il plein (plus aucune page libre pour les visas) ?',
  'q.passportPagesFull.example': 'Un passeport encore valable mais plein est remplacé sans timbre fiscal.',
  'q.alternatingResidence': 'Votre enfant vit-il en alternance chez chacun de ses parents (résidence alternée) ?',
  'q.alternatingResidence.example': 'Répondez Non si votre enfant vit habituellement chez un seul parent.',
  // Issue 21 (rules of 2026-12-04): both addresses on a child's title, a choice of the family.
  'q.bothAddresses':
    '{who, select, me {Voulez-vous que les adresses de vos deux parents soient écrites sur votre carte d’identité ou votre passeport ?} child {Voulez-vous que les adresses des deux parents soient écrites sur la carte d’identité ou le passeport de votre enfant ?} other {Faut-il écrire les adresses des deux parents sur la carte d’identité ou le passeport de cette personne ?}}',
  'q.bothAddresses.example':
    'C’est un choix. Non : seule l’adresse du parent qui vient au rendez-vous sera écrite, et rien ne manque au dossier. Oui : apportez aussi la convention ou la décision du juge sur la résidence alternée, et un justificatif de domicile de l’autre parent.',

  'date.keypad': 'Clavier',
  'date.erase': 'Effacer le dernier chiffre',
  'date.clear': 'Tout effacer',
  'date.confirm': 'Valider',
  'date.invalid': 'Cette date n’existe pas. Vérifiez le jour et le mois.',
  'date.incomplete': 'Écrivez le jour, le mois et l’année : JJ/MM/AAAA.',
  'date.future': 'Cette date est dans le futur.',

  'result.title': 'À apporter à votre rendez-vous',
  'result.person': '{who, select, me {Pour vous} child {Pour votre enfant} other {Personne {number}}}',
  'result.requests': '{titles}',
  'result.title.cni': 'Carte d’identité',
  'result.title.passport': 'Passeport',
  'result.bring': 'À apporter',
  'result.why': 'Pourquoi ?',
  'result.notes': 'À savoir',
  'result.fee': 'Timbre fiscal : {amount, number, ::currency/EUR .00/w}',
  'result.free': 'Gratuit : pas de timbre fiscal.',
  'result.fee.pending': 'Timbre fiscal : à déterminer au guichet.',
  'result.stamp': 'Achetez le timbre fiscal sur internet (timbres.impots.gouv.fr) ou chez un buraliste.',
  'result.stamp.qr': 'QR code vers timbres.impots.gouv.fr',
  'result.preApplication': 'Faites la pré-demande sur internet (ants.gouv.fr) : vous gagnerez du temps au guichet.',
  'result.preApplication.qr': 'QR code vers ants.gouv.fr',
  'result.minor.deposit': 'Au rendez-vous : l’enfant et un parent (ou le tuteur), avec sa pièce d’identité.',
  'result.minor.signer.parent': 'Le parent signe pour l’enfant.',
  'result.minor.signer.child-or-parent': 'L’enfant peut signer si le parent est d’accord.',
  'result.minor.retrieval.both': 'Pour retirer le passeport : l’enfant et le parent.',
  'result.minor.retrieval.parent': 'Pour retirer le titre : le parent.',
  'result.retrieval': 'Le titre est à retirer à la mairie dans les {retrievalMonths} mois.',
  'result.addPerson': 'Ajouter une autre personne',
  'result.print': 'Imprimer le ticket',
  'result.finish': 'Terminer sans imprimer',
  'result.printing': 'Impression en cours…',
  'result.printFailed': 'Le ticket n’a pas pu être imprimé. Demandez de l’aide à l’accueil, ou réessayez.',

  'inactivity.title': 'Êtes-vous toujours là ?',
  'inactivity.body': 'Sans réponse, vos réponses seront effacées dans {seconds, plural, one {# seconde} other {# secondes}}.',
  'inactivity.continue': 'Oui, continuer',
  'inactivity.leave': 'Effacer et quitter',

  'ticket.title': 'À apporter à votre rendez-vous',
  'ticket.date': 'Préparé à la borne le {date}',
  'ticket.code': 'Au guichet, l’agent scanne ce code (ou le tape) : vos réponses seront déjà là.',
  'ticket.booking': 'Prendre rendez-vous : {booking}',

  'piece.photo': 'Une photo d’identité de moins de {photoMonths} mois, aux normes',
  'piece.proof-of-address':
    'Un justificatif de domicile de {addressMonths, plural, =12 {moins d’un an} other {moins de # mois}} (facture, assurance habitation{taxNotice, select, yes {, avis d’impôt} other { ; pas l’avis d’impôt}})',
  'piece.proof-of-address.alternating':
    'Un justificatif de domicile de chacun des deux parents, de {addressMonths, plural, =12 {moins d’un an} other {moins de # mois}} (facture, assurance habitation{taxNotice, select, yes {, avis d’impôt} other { ; pas l’avis d’impôt}})',
  'piece.proof-of-address.other-parent':
    'Un justificatif de domicile de l’autre parent, de {addressMonths, plural, =12 {moins d’un an} other {moins de # mois}} (facture, assurance habitation{taxNotice, select, yes {, avis d’impôt} other { ; pas l’avis d’impôt}})',
  'piece.host-proof-of-address':
    'Le justificatif de domicile de la personne qui vous héberge, de {addressMonths, plural, =12 {moins d’un an} other {moins de # mois}}',
  'piece.host-id': 'Une photocopie de la pièce d’identité de la personne qui vous héberge',
  'piece.host-attestation': 'Une attestation signée par la personne qui vous héberge',
  'piece.tax-stamp': 'Le timbre fiscal, acheté avant le rendez-vous',
  'piece.current-cni': 'La carte d’identité déjà délivrée, même expirée',
  'piece.current-passport': 'Le passeport déjà délivré, même expiré',
  'piece.name-change-proof': 'Une preuve du changement de nom ou de prénom (l’acte de naissance qui le mentionne, ou la décision)',
  'piece.pre-application-number': 'Le numéro de pré-demande (ou son QR code)',
  'piece.application-form': 'Le formulaire, rempli au guichet',
  'piece.birth-certificate': 'Un acte de naissance de moins de {birthCertificateMonths} mois (copie intégrale ou extrait avec filiation)',
  'piece.nationality-proof': 'Une preuve de nationalité française',
  'piece.loss-declaration': 'La déclaration de perte, remplie au guichet',
  'piece.theft-declaration': 'La déclaration de vol faite à la police ou à la gendarmerie',
  'piece.parent-id': 'La pièce d’identité du parent qui fait la demande',
  'piece.custody-judgment': 'La convention des parents ou la décision du juge sur la résidence alternée',
  'piece.guardianship-decision': 'La décision du juge qui nomme le tuteur',
  'piece.usage-name-proof': 'Un justificatif du nom d’usage (par exemple, l’acte de mariage)',
  'condition.birth-certificate': 'Pas besoin si la mairie de naissance envoie les actes par internet (COMEDEC) : le guichet vous le dira.',
  'condition.nationality-proof': 'Seulement si l’acte de naissance ne prouve pas la nationalité française.',
} as const;

export type MessageId = keyof typeof fr;
export type Catalog = Record<MessageId, string>;
