/**
 * Brazilian Portuguese (`portal-connections/locales/pt-BR`): `registerLocale('pt-BR', ptBR)`, or
 * `registerLocale('pt', ptBR)` for every Portuguese page. Você; the Status column is "Situação";
 * status words in the masculine, as Brazilian software writes them; workflows are "fluxos de
 * trabalho".
 */
import type { Messages } from '../i18n/messages.js';

const ptBR: Messages = {
  pageTitle: 'Conexões',
  requestsTitle: 'Solicitações de conexão em aberto',
  tableLabel: 'Conexões',
  columnApp: 'Aplicativo',
  columnLabel: 'Rótulo',
  columnStatus: 'Situação',
  columnActions: 'Ações',
  manage: 'Gerenciar',
  manageContext: (appName, label) => `${appName}, ${label}`,
  emptyTitle: 'Nenhuma conexão ainda',
  emptyNote: 'Quando sua equipe pedir que você conecte um aplicativo, ele vai aparecer aqui.',
  loading: 'Carregando conexões…',
  searchLabel: 'Pesquisar conexões',
  // "1.000.000 de conexões": Portuguese puts "de" after a million.
  searchCount: (shown, total, plural) =>
    `${shown} de ${total} ${plural === 'one' ? 'conexão' : plural === 'many' ? 'de conexões' : 'conexões'}`,
  searchNoMatch: (query) => `Nenhuma conexão corresponde a “${query}”.`,
  searchClear: 'Limpar pesquisa',
  listLoadFailed: 'Não foi possível carregar suas conexões.',
  retry: 'Tentar novamente',

  statusActive: 'ativo',
  statusError: 'com erro',
  statusPending: 'pendente',
  statusRevoked: 'revogado',
  statusUnknown: 'desconhecido',
  descriptionActive: 'Conectada e funcionando.',
  descriptionError: 'É preciso reconectar.',
  descriptionPending: 'Aguardando a primeira sincronização.',
  descriptionRevoked:
    'Esta conexão foi revogada. Reconecte para que seus fluxos de trabalho continuem funcionando.',
  descriptionUnknown: 'Situação não reconhecida. Se continuar assim, fale com sua agência.',
  adviceError: 'Atualize a credencial ou revogue a conexão e reconecte.',
  advicePending: 'Aguarde. A conexão termina de ser configurada sozinha.',
  adviceRevoked: 'Reconecte pelo e-mail de solicitação, se sua agência enviar um novo.',

  connect: 'Conectar',
  requestedBy: (who) => `Solicitada por ${who}`,
  requestedOn: 'Solicitada em',
  connectUnavailable: 'Link de conexão indisponível',
  cancelRequestNote:
    'Só sua agência pode cancelar uma solicitação que pediu para você conectar um aplicativo.',

  backToConnections: 'Voltar para Conexões',
  externalAccountEmail: 'E-mail da conta externa',
  lastRefreshed: 'Última atualização',
  never: 'Nunca',
  refreshCredential: 'Atualizar credencial',
  revoke: 'Revogar',
  contactAgency: 'Fale com sua agência se esta integração precisar ser reconectada.',
  notFoundTitle: 'Conexão não encontrada',
  notFoundNote: 'Ela pode ter sido removida ou pertencer a outro espaço de trabalho.',
  detailLoadFailed: 'Não foi possível carregar esta conexão.',
  loadingConnection: 'Carregando conexão…',
  actionContext: (appName, label) => `${appName}, ${label}`,

  revokeDialogTitle: 'Revogar esta conexão?',
  revokeDialogDescription:
    'Os fluxos de trabalho que dependem desta credencial ficarão pausados até que você (ou outra pessoa da equipe) a reconecte. Você pode reconectar a qualquer momento nesta página ou por um futuro e-mail de solicitação.',
  revokeConfirm: 'Revogar conexão',
  revokeCancel: 'Manter conexão',
  revokeFailed: 'Não foi possível revogar a conexão.',

  refreshedToast: 'Conexão atualizada.',
  refreshFailedToast: 'Falha ao atualizar a conexão',
  refreshFailedDetail: 'Talvez seja preciso reconectar.',
  revokedToast: 'Conexão revogada',
  revokedDetail:
    'Os fluxos de trabalho que usam esta conexão ficam pausados até que ela seja reconectada.',
  statusChanged: (appName, status) => `A situação de ${appName} agora é “${status}”.`,
  dismiss: 'Fechar',

  errorNetwork: 'Verifique sua conexão com a internet e tente novamente.',
  errorTimeout: 'O servidor demorou demais para responder. Tente novamente.',
  errorUnauthorized: 'Sua sessão expirou. Faça login novamente.',
  errorForbidden: 'Você não tem acesso a este espaço de trabalho.',
  errorServer: 'O servidor teve um problema. Tente novamente em instantes.',
  errorRateLimited: 'Muitas solicitações. Aguarde um momento e tente novamente.',
  errorInvalidResponse:
    'O servidor enviou uma resposta que esta página não consegue ler. Tente novamente mais tarde.',
  errorUnexpected: 'Algo deu errado. Tente novamente.',
};

export default ptBR;
