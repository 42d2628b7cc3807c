/**
 * Spanish (`portal-connections/locales/es`): `registerLocale('es', es)`. Neutral Spanish with tú,
 * as most software in Spanish; status words agree with "estado" (masculine); workflows are
 * "flujos de trabajo".
 */
import type { Messages } from '../i18n/messages.js';

const es: Messages = {
  pageTitle: 'Conexiones',
  requestsTitle: 'Solicitudes de conexión abiertas',
  tableLabel: 'Conexiones',
  columnApp: 'Aplicación',
  columnLabel: 'Etiqueta',
  columnStatus: 'Estado',
  columnActions: 'Acciones',
  manage: 'Gestionar',
  manageContext: (appName, label) => `${appName}, ${label}`,
  emptyTitle: 'Todavía no hay conexiones',
  emptyNote: 'Cuando tu equipo te pida conectar una aplicación, aparecerá aquí.',
  loading: 'Cargando conexiones…',
  searchLabel: 'Buscar conexiones',
  // "1.000.000 de conexiones": Spanish puts "de" after a million.
  searchCount: (shown, total, plural) =>
    `${shown} de ${total} ${plural === 'one' ? 'conexión' : plural === 'many' ? 'de conexiones' : 'conexiones'}`,
  searchNoMatch: (query) => `Ninguna conexión coincide con «${query}».`,
  searchClear: 'Borrar búsqueda',
  listLoadFailed: 'No se pudieron cargar tus conexiones.',
  retry: 'Reintentar',

  statusActive: 'activo',
  statusError: 'con error',
  statusPending: 'pendiente',
  statusRevoked: 'revocado',
  statusUnknown: 'desconocido',
  descriptionActive: 'Conectada y funcionando.',
  descriptionError: 'Hay que volver a conectarla.',
  descriptionPending: 'Esperando la primera sincronización.',
  descriptionRevoked:
    'Esta conexión se revocó. Vuelve a conectarla para que tus flujos de trabajo sigan funcionando.',
  descriptionUnknown: 'Estado no reconocido. Si continúa así, ponte en contacto con tu agencia.',
  adviceError: 'Actualiza la credencial, o revoca la conexión y vuelve a conectarla.',
  advicePending: 'Espera. La conexión termina de configurarse sola.',
  adviceRevoked:
    'Vuelve a conectarla desde un correo de solicitud si tu agencia te envía uno nuevo.',

  connect: 'Conectar',
  requestedBy: (who) => `Solicitada por ${who}`,
  requestedOn: 'Solicitada el',
  connectUnavailable: 'Enlace de conexión no disponible',
  cancelRequestNote:
    'Solo tu agencia puede cancelar una solicitud en la que se te pide conectar una aplicación.',

  backToConnections: 'Volver a Conexiones',
  externalAccountEmail: 'Correo de la cuenta externa',
  lastRefreshed: 'Última actualización',
  never: 'Nunca',
  refreshCredential: 'Actualizar credencial',
  revoke: 'Revocar',
  contactAgency: 'Ponte en contacto con tu agencia si hay que volver a conectar esta integración.',
  notFoundTitle: 'Conexión no encontrada',
  notFoundNote: 'Puede que se haya eliminado o que pertenezca a otro espacio de trabajo.',
  detailLoadFailed: 'No se pudo cargar esta conexión.',
  loadingConnection: 'Cargando conexión…',
  actionContext: (appName, label) => `${appName}, ${label}`,

  revokeDialogTitle: '¿Revocar esta conexión?',
  revokeDialogDescription:
    'Los flujos de trabajo que dependen de esta credencial se pausarán hasta que tú (u otra persona de tu equipo) vuelvas a conectarla. Puedes volver a conectarla cuando quieras desde esta página o desde un futuro correo de solicitud.',
  revokeConfirm: 'Revocar conexión',
  revokeCancel: 'Mantener conexión',
  revokeFailed: 'No se pudo revocar la conexión.',

  refreshedToast: 'Conexión actualizada.',
  refreshFailedToast: 'No se pudo actualizar la conexión',
  refreshFailedDetail: 'Puede que tengas que volver a conectarla.',
  revokedToast: 'Conexión revocada',
  revokedDetail:
    'Los flujos de trabajo que usan esta conexión quedan en pausa hasta que se vuelva a conectar.',
  statusChanged: (appName, status) => `El estado de ${appName} ahora es «${status}».`,
  dismiss: 'Cerrar',

  errorNetwork: 'Comprueba tu conexión a internet y vuelve a intentarlo.',
  errorTimeout: 'El servidor tardó demasiado en responder. Vuelve a intentarlo.',
  errorUnauthorized: 'Tu sesión ha terminado. Vuelve a iniciar sesión.',
  errorForbidden: 'No tienes acceso a este espacio de trabajo.',
  errorServer: 'El servidor tuvo un problema. Vuelve a intentarlo en un momento.',
  errorRateLimited: 'Demasiadas solicitudes. Espera un momento y vuelve a intentarlo.',
  errorInvalidResponse:
    'El servidor envió una respuesta que esta página no puede leer. Inténtalo más tarde.',
  errorUnexpected: 'Algo salió mal. Vuelve a intentarlo.',
};

export default es;
