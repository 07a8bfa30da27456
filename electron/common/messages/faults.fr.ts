// The station's words for what goes wrong on the machine itself (issue 16,
// faults): a full disk, a damaged database, a second host, the printer, the
// clock. Spread into the station's catalog (station.fr.ts); one idea each,
// and always what to do next.

export const faultsFr = {
  'fault.diskFull':
    'Le disque de ce poste est plein\u00a0: la dernière saisie n’est pas encore enregistrée. Elle reste à l’écran et sera enregistrée dès que de la place sera libérée. Prévenez le service informatique de la mairie (libérer de la place sur le disque).',
  'fault.diskFull.receipt':
    'Le disque de ce poste est plein\u00a0: le reçu n’a pas pu être préparé pour l’imprimante, rien n’a été imprimé. Il reste disponible\u00a0: réessayez une fois de la place libérée, et prévenez le service informatique de la mairie.',
  'fault.diskFull.retrying': 'Le disque de ce poste est plein\u00a0: nouvel essai d’enregistrement dans quelques secondes…',
  'fault.store.setAside':
    'La base de données de ce poste était endommagée ({reason})\u00a0: elle a été mise de côté et une base neuve a été ouverte. Les visites enregistrées plus tôt (celles du jour comprises) ont été mises de côté avec elle et ne sont plus listées\u00a0; un ticket de la borne se reprend comme d’habitude.',
  'fault.store.settingsLost': 'Les paramètres de la mairie n’ont pas pu être récupérés\u00a0: saisissez-les de nouveau dans Paramètres.',
  'fault.store.reason.truncated': 'fichier tronqué',
  'fault.store.reason.notDatabase': 'fichier illisible',
  'fault.store.reason.integrity': 'contrôle d’intégrité en échec',
  'fault.store.reason.walMissing': 'journal des dernières écritures manquant',
  'fault.store.cannotSetAside':
    'La base de données de ce poste est endommagée et n’a pas pu être mise de côté ({detail}). Prévenez le service informatique de la mairie.',
  'fault.lock.busy':
    'Dossier complet est déjà ouvert sur ce poste avec le même dossier de données (processus {pid}). Fermez l’autre fenêtre, ou attendez qu’elle se ferme, puis relancez.',
  'fault.lock.busyUnknown':
    'Dossier complet est déjà ouvert sur ce poste avec le même dossier de données. Fermez l’autre fenêtre, ou attendez qu’elle se ferme, puis relancez.',
  'fault.clock.paused':
    'L’horloge de ce poste a avancé de {days} jours depuis sa dernière utilisation ({lastSeen})\u00a0: l’effacement des anciennes visites est suspendu pour ne rien effacer par erreur. Vérifiez la date et l’heure du poste.',
  'fault.renderer.failed':
    'Le reçu n’a pas pu être préparé, même après un redémarrage du moteur d’impression. Essayez «\u00a0Enregistrer en PDF\u00a0», ou relancez l’application.',
  'fault.printer.absent':
    'L’imprimante {printer} est introuvable sur ce poste (débranchée, ou retirée des imprimantes)\u00a0: rien n’a été imprimé. Vérifiez-la, puis réimprimez, ou enregistrez le reçu en PDF.',
  'fault.printer.paused':
    'L’imprimante {printer} est en pause\u00a0: rien n’a été imprimé. Reprenez-la dans les réglages d’impression, puis réimprimez, ou enregistrez le reçu en PDF.',
  'fault.printer.noPaper':
    'L’imprimante {printer} n’a plus de papier\u00a0: rien n’a été imprimé. Remettez du papier, puis réimprimez, ou enregistrez le reçu en PDF.',
  'fault.printer.rejecting':
    'L’imprimante {printer} refuse les impressions\u00a0: rien n’a été imprimé. Vérifiez-la, puis réimprimez, ou enregistrez le reçu en PDF.',
  'fault.printer.noSystem':
    'Le service d’impression de ce poste ne répond pas\u00a0: rien n’a été imprimé. Enregistrez le reçu en PDF, et prévenez le service informatique.',
  'fault.notices.title': 'Message du poste',
  'fault.notices.dismiss': 'J’ai compris',
} as const;
