/**
 * Japanese (`portal-connections/locales/ja`): `registerLocale('ja', ja)`. Polite form (です・ます);
 * the agency is 代理店, a credential 認証情報, revoking 取り消す (cancelling a request is
 * キャンセル, so the two are never confused). Counts have no plural form.
 */
import type { Messages } from '../i18n/messages.js';

const ja: Messages = {
  pageTitle: '接続',
  requestsTitle: '未対応の接続リクエスト',
  tableLabel: '接続',
  columnApp: 'アプリ',
  columnLabel: 'ラベル',
  columnStatus: 'ステータス',
  columnActions: '操作',
  manage: '管理',
  manageContext: (appName, label) => `${appName}、${label}`,
  emptyTitle: 'まだ接続はありません',
  emptyNote: 'チームからアプリの接続を依頼されると、ここに表示されます。',
  loading: '接続を読み込んでいます…',
  searchLabel: '接続を検索',
  searchCount: (shown, total) => `${total}件中${shown}件`,
  searchNoMatch: (query) => `「${query}」に一致する接続はありません。`,
  searchClear: '検索をクリア',
  listLoadFailed: '接続を読み込めませんでした。',
  retry: '再試行',

  statusActive: '有効',
  statusError: 'エラー',
  statusPending: '保留中',
  statusRevoked: '取り消し済み',
  statusUnknown: '不明',
  descriptionActive: '接続済みで、正常に動作しています。',
  descriptionError: '再接続が必要です。',
  descriptionPending: '最初の同期を待っています。',
  descriptionRevoked:
    'この接続は取り消されました。ワークフローを継続するには、再接続してください。',
  descriptionUnknown:
    '認識できないステータスです。この状態が続く場合は、代理店にお問い合わせください。',
  adviceError: '認証情報を更新するか、接続を取り消してから再接続してください。',
  advicePending: 'そのままお待ちください。接続の設定は自動で完了します。',
  adviceRevoked: '代理店から新しいリクエストメールが届いたら、そこから再接続してください。',

  connect: '接続する',
  requestedBy: (who) => `依頼者：${who}`,
  requestedOn: '依頼日時',
  connectUnavailable: '接続リンクを利用できません',
  cancelRequestNote: 'アプリの接続を求めるリクエストをキャンセルできるのは、代理店だけです。',

  backToConnections: '接続一覧に戻る',
  externalAccountEmail: '外部アカウントのメールアドレス',
  lastRefreshed: '最終更新',
  never: 'なし',
  refreshCredential: '認証情報を更新',
  revoke: '取り消す',
  contactAgency: 'この連携の再接続が必要な場合は、代理店にお問い合わせください。',
  notFoundTitle: '接続が見つかりません',
  notFoundNote: '削除されたか、別のワークスペースの接続である可能性があります。',
  detailLoadFailed: 'この接続を読み込めませんでした。',
  loadingConnection: '接続を読み込んでいます…',
  actionContext: (appName, label) => `${appName}、${label}`,

  revokeDialogTitle: 'この接続を取り消しますか？',
  revokeDialogDescription:
    'この認証情報を使うワークフローは、あなた（または他のチームメンバー）が再接続するまで一時停止します。再接続は、このページまたは今後届くリクエストメールからいつでもできます。',
  revokeConfirm: '接続を取り消す',
  revokeCancel: '接続を維持する',
  revokeFailed: '接続を取り消せませんでした。',

  refreshedToast: '接続を更新しました。',
  refreshFailedToast: '接続を更新できませんでした',
  refreshFailedDetail: '再接続が必要な場合があります。',
  revokedToast: '接続を取り消しました',
  revokedDetail: 'この接続を使うワークフローは、再接続されるまで一時停止します。',
  statusChanged: (appName, status) => `${appName} のステータスが「${status}」になりました。`,
  dismiss: '閉じる',

  errorNetwork: 'インターネット接続を確認して、もう一度お試しください。',
  errorTimeout: 'サーバーの応答に時間がかかりすぎました。もう一度お試しください。',
  errorUnauthorized: 'セッションが終了しました。もう一度サインインしてください。',
  errorForbidden: 'このワークスペースへのアクセス権がありません。',
  errorServer: 'サーバーで問題が発生しました。しばらくしてから、もう一度お試しください。',
  errorRateLimited: 'リクエストが多すぎます。少し待ってから、もう一度お試しください。',
  errorInvalidResponse:
    'サーバーから、このページでは読み取れない応答が返されました。時間をおいて、もう一度お試しください。',
  errorUnexpected: '問題が発生しました。もう一度お試しください。',
};

export default ja;
