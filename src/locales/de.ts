/**
 * German (`portal-connections/locales/de`): `registerLocale('de', de)`. Formal address (Sie);
 * "credential" is "Zugangsdaten", the agency "Ihre Agentur", a workspace "Arbeitsbereich".
 */
import type { Messages } from '../i18n/messages.js';

const de: Messages = {
  pageTitle: 'Verbindungen',
  requestsTitle: 'Offene Verbindungsanfragen',
  tableLabel: 'Verbindungen',
  columnApp: 'Anwendung',
  columnLabel: 'Bezeichnung',
  columnStatus: 'Zustand',
  columnActions: 'Aktionen',
  manage: 'Verwalten',
  manageContext: (appName, label) => `${appName}, ${label}`,
  emptyTitle: 'Noch keine Verbindungen',
  emptyNote: 'Sobald Ihr Team Sie bittet, eine App zu verbinden, erscheint sie hier.',
  loading: 'Verbindungen werden geladen…',
  searchLabel: 'Verbindungen durchsuchen',
  searchCount: (shown, total, plural) =>
    `${shown} von ${total} ${plural === 'one' ? 'Verbindung' : 'Verbindungen'}`,
  searchNoMatch: (query) => `Keine Verbindungen zu „${query}“ gefunden.`,
  searchClear: 'Suche zurücksetzen',
  listLoadFailed: 'Ihre Verbindungen konnten nicht geladen werden.',
  retry: 'Erneut versuchen',

  statusActive: 'aktiv',
  statusError: 'Fehler',
  statusPending: 'ausstehend',
  statusRevoked: 'widerrufen',
  statusUnknown: 'unbekannt',
  descriptionActive: 'Verbunden und funktionsfähig.',
  descriptionError: 'Erneute Verbindung erforderlich.',
  descriptionPending: 'Wartet auf die erste Synchronisierung.',
  descriptionRevoked:
    'Diese Verbindung wurde widerrufen. Verbinden Sie sie erneut, damit Ihre Workflows weiterlaufen.',
  descriptionUnknown: 'Zustand nicht erkannt. Wenden Sie sich an Ihre Agentur, wenn das so bleibt.',
  adviceError:
    'Aktualisieren Sie die Zugangsdaten, oder widerrufen Sie die Verbindung und verbinden Sie sie neu.',
  advicePending: 'Bitte warten Sie. Die Verbindung wird automatisch fertig eingerichtet.',
  adviceRevoked:
    'Verbinden Sie sie über eine Anfrage-E-Mail neu, falls Ihre Agentur Ihnen eine neue schickt.',

  connect: 'Verbinden',
  requestedBy: (who) => `Angefragt von ${who}`,
  requestedOn: 'Angefragt am',
  connectUnavailable: 'Verbindungslink nicht verfügbar',
  cancelRequestNote:
    'Nur Ihre Agentur kann eine Anfrage zurückziehen, mit der Sie gebeten wurden, eine App zu verbinden.',

  backToConnections: 'Zurück zu den Verbindungen',
  externalAccountEmail: 'E-Mail-Adresse des externen Kontos',
  lastRefreshed: 'Zuletzt aktualisiert',
  never: 'Nie',
  refreshCredential: 'Zugangsdaten aktualisieren',
  revoke: 'Widerrufen',
  contactAgency:
    'Wenden Sie sich an Ihre Agentur, wenn diese Integration neu verbunden werden muss.',
  notFoundTitle: 'Verbindung nicht gefunden',
  notFoundNote: 'Sie wurde möglicherweise entfernt oder gehört zu einem anderen Arbeitsbereich.',
  detailLoadFailed: 'Diese Verbindung konnte nicht geladen werden.',
  loadingConnection: 'Verbindung wird geladen…',
  actionContext: (appName, label) => `${appName}, ${label}`,

  revokeDialogTitle: 'Diese Verbindung widerrufen?',
  revokeDialogDescription:
    'Workflows, die diese Zugangsdaten nutzen, werden angehalten, bis Sie (oder jemand anderes aus Ihrem Team) die Verbindung neu herstellen. Sie können sie jederzeit auf dieser Seite oder über eine künftige Anfrage-E-Mail neu verbinden.',
  revokeConfirm: 'Verbindung widerrufen',
  revokeCancel: 'Verbindung behalten',
  revokeFailed: 'Die Verbindung konnte nicht widerrufen werden.',

  refreshedToast: 'Verbindung aktualisiert.',
  refreshFailedToast: 'Verbindung konnte nicht aktualisiert werden',
  refreshFailedDetail: 'Möglicherweise müssen Sie die Verbindung neu herstellen.',
  revokedToast: 'Verbindung widerrufen',
  revokedDetail:
    'Workflows, die diese Verbindung nutzen, sind angehalten, bis sie neu verbunden wird.',
  statusChanged: (appName, status) => `Der Zustand von ${appName} ist jetzt „${status}“.`,
  dismiss: 'Schließen',

  errorNetwork: 'Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  errorTimeout: 'Der Server hat zu lange nicht geantwortet. Versuchen Sie es erneut.',
  errorUnauthorized: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
  errorForbidden: 'Sie haben keinen Zugriff auf diesen Arbeitsbereich.',
  errorServer: 'Auf dem Server ist ein Problem aufgetreten. Versuchen Sie es gleich noch einmal.',
  errorRateLimited: 'Zu viele Anfragen. Warten Sie einen Moment und versuchen Sie es erneut.',
  errorInvalidResponse:
    'Der Server hat eine Antwort gesendet, die diese Seite nicht lesen kann. Versuchen Sie es später erneut.',
  errorUnexpected: 'Etwas ist schiefgelaufen. Versuchen Sie es erneut.',
};

export default de;
