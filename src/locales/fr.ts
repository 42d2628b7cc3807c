/**
 * French (`portal-connections/locales/fr`): `registerLocale('fr', fr)`. Formal address (vous);
 * status words agree with "statut" (masculine); "credential" is "identifiants"; French spacing
 * (a no-break space inside « » and before ? and :).
 */
import type { Messages } from '../i18n/messages.js';

const fr: Messages = {
  pageTitle: 'Connexions',
  requestsTitle: 'Demandes de connexion à traiter',
  tableLabel: 'Connexions',
  columnApp: 'Application',
  columnLabel: 'Libellé',
  columnStatus: 'Statut',
  columnActions: 'Gestion',
  manage: 'Gérer',
  manageContext: (appName, label) => `${appName}, ${label}`,
  emptyTitle: 'Aucune connexion pour le moment',
  emptyNote:
    'Lorsque votre équipe vous demandera de connecter une application, elle apparaîtra ici.',
  loading: 'Chargement des connexions…',
  searchLabel: 'Rechercher une connexion',
  // "1 000 000 de connexions": French puts "de" after a million.
  searchCount: (shown, total, plural) =>
    `${shown} sur ${total} ${plural === 'one' ? 'connexion' : plural === 'many' ? 'de connexions' : 'connexions'}`,
  searchNoMatch: (query) => `Aucune connexion ne correspond à «\u00a0${query}\u00a0».`,
  searchClear: 'Effacer la recherche',
  listLoadFailed: 'Impossible de charger vos connexions.',
  retry: 'Réessayer',

  statusActive: 'actif',
  statusError: 'en erreur',
  statusPending: 'en attente',
  statusRevoked: 'révoqué',
  statusUnknown: 'inconnu',
  descriptionActive: 'Connectée et opérationnelle.',
  descriptionError: 'Reconnexion nécessaire.',
  descriptionPending: 'En attente de la première synchronisation.',
  descriptionRevoked:
    'Cette connexion a été révoquée. Reconnectez-la pour que vos workflows continuent de fonctionner.',
  descriptionUnknown: 'Statut non reconnu. Contactez votre agence si le problème persiste.',
  adviceError: 'Actualisez les identifiants, ou révoquez la connexion puis reconnectez-la.',
  advicePending: 'Patientez\u00a0: la connexion finit de se configurer automatiquement.',
  adviceRevoked:
    'Reconnectez-la depuis un e-mail de demande si votre agence vous en envoie un nouveau.',

  connect: 'Connecter',
  requestedBy: (who) => `Demandée par ${who}`,
  requestedOn: 'Demandée le',
  connectUnavailable: 'Lien de connexion indisponible',
  cancelRequestNote:
    'Seule votre agence peut annuler une demande qui vous invite à connecter une application.',

  backToConnections: 'Retour aux connexions',
  externalAccountEmail: 'E-mail du compte externe',
  lastRefreshed: 'Dernière actualisation',
  never: 'Jamais',
  refreshCredential: 'Actualiser les identifiants',
  revoke: 'Révoquer',
  contactAgency: 'Contactez votre agence si cette intégration doit être reconnectée.',
  notFoundTitle: 'Connexion introuvable',
  notFoundNote: 'Elle a peut-être été supprimée, ou elle appartient à un autre espace de travail.',
  detailLoadFailed: 'Impossible de charger cette connexion.',
  loadingConnection: 'Chargement de la connexion…',
  actionContext: (appName, label) => `${appName}, ${label}`,

  revokeDialogTitle: 'Révoquer cette connexion\u00a0?',
  revokeDialogDescription:
    'Les workflows qui dépendent de ces identifiants seront mis en pause jusqu’à ce que vous (ou un autre membre de l’équipe) rétablissiez la connexion. Vous pourrez la rétablir à tout moment depuis cette page ou depuis un prochain e-mail de demande.',
  revokeConfirm: 'Révoquer la connexion',
  revokeCancel: 'Conserver la connexion',
  revokeFailed: 'Impossible de révoquer la connexion.',

  refreshedToast: 'Connexion actualisée.',
  refreshFailedToast: 'Échec de l’actualisation de la connexion',
  refreshFailedDetail: 'Vous devrez peut-être rétablir la connexion.',
  revokedToast: 'Connexion révoquée',
  revokedDetail:
    'Les workflows qui utilisent cette connexion sont en pause jusqu’à ce qu’elle soit rétablie.',
  statusChanged: (appName, status) =>
    `Le statut de ${appName} est désormais «\u00a0${status}\u00a0».`,
  dismiss: 'Fermer',

  errorNetwork: 'Vérifiez votre connexion Internet, puis réessayez.',
  errorTimeout: 'Le serveur a mis trop de temps à répondre. Réessayez.',
  errorUnauthorized: 'Votre session a pris fin. Identifiez-vous de nouveau.',
  errorForbidden: 'Vous n’avez pas accès à cet espace de travail.',
  errorServer: 'Le serveur a rencontré un problème. Réessayez dans un instant.',
  errorRateLimited: 'Trop de requêtes. Patientez un instant, puis réessayez.',
  errorInvalidResponse:
    'Le serveur a envoyé une réponse que cette page ne sait pas lire. Réessayez plus tard.',
  errorUnexpected: 'Une erreur s’est produite. Réessayez.',
};

export default fr;
