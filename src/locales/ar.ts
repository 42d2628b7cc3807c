/**
 * Arabic (`portal-connections/locales/ar`): `registerLocale('ar', ar)`, on a page (or a container)
 * with `lang="ar" dir="rtl"`: the elements follow the host's direction and never set `dir`.
 * Modern Standard Arabic; revoking is إبطال (إلغاء reads as "Cancel" on a button); the search
 * count agrees with its total as Arabic grammar requires.
 */
import type { Messages } from '../i18n/messages.js';

/**
 * "of {total} connections" by the plural category of the total: one and two are said by the noun
 * alone (اتصال واحد, اتصالين); 3–10 take the plural, 11–99 the accusative singular, 100 and
 * more (and zero) the singular.
 */
const OF_TOTAL: Partial<Record<Intl.LDMLPluralRule, (total: string) => string>> = {
  one: () => 'اتصال واحد',
  two: () => 'اتصالين',
  few: (total) => `${total} اتصالات`,
  many: (total) => `${total} اتصالًا`,
};

const ar: Messages = {
  pageTitle: 'الاتصالات',
  requestsTitle: 'طلبات اتصال تنتظر ردك',
  tableLabel: 'الاتصالات',
  columnApp: 'التطبيق',
  columnLabel: 'التسمية',
  columnStatus: 'الحالة',
  columnActions: 'الإجراءات',
  manage: 'إدارة',
  manageContext: (appName, label) => `${appName}، ${label}`,
  emptyTitle: 'لا توجد اتصالات بعد',
  emptyNote: 'عندما يطلب منك فريقك ربط تطبيق، سيظهر هنا.',
  loading: 'جارٍ تحميل الاتصالات…',
  searchLabel: 'البحث في الاتصالات',
  searchCount: (shown, total, plural) =>
    `${shown} من أصل ${(OF_TOTAL[plural] ?? ((all: string) => `${all} اتصال`))(total)}`,
  searchNoMatch: (query) => `لا توجد اتصالات تطابق «${query}».`,
  searchClear: 'مسح البحث',
  listLoadFailed: 'تعذّر تحميل اتصالاتك.',
  retry: 'إعادة المحاولة',

  statusActive: 'نشط',
  statusError: 'خطأ',
  statusPending: 'قيد الانتظار',
  statusRevoked: 'مُبطل',
  statusUnknown: 'غير معروف',
  descriptionActive: 'متصل ويعمل بشكل سليم.',
  descriptionError: 'يلزم إعادة الاتصال.',
  descriptionPending: 'بانتظار المزامنة الأولى.',
  descriptionRevoked: 'تم إبطال هذا الاتصال. أعد الاتصال كي تستمر مسارات العمل.',
  descriptionUnknown: 'الحالة غير معروفة. تواصل مع وكالتك إذا استمر ذلك.',
  adviceError: 'حدّث بيانات الاعتماد، أو أبطل الاتصال ثم أعد الاتصال.',
  advicePending: 'انتظر قليلًا. سيكتمل إعداد الاتصال تلقائيًا.',
  adviceRevoked: 'أعد الاتصال من رسالة الطلب في بريدك الإلكتروني إذا أرسلت وكالتك رسالة جديدة.',

  connect: 'ربط',
  requestedBy: (who) => `بطلب من ${who}`,
  requestedOn: 'تاريخ الطلب',
  connectUnavailable: 'رابط الاتصال غير متاح',
  cancelRequestNote: 'لا يمكن سحب طلب يدعوك إلى ربط تطبيق إلا من جانب وكالتك.',

  backToConnections: 'العودة إلى الاتصالات',
  externalAccountEmail: 'البريد الإلكتروني للحساب الخارجي',
  lastRefreshed: 'آخر تحديث',
  never: 'أبدًا',
  refreshCredential: 'تحديث بيانات الاعتماد',
  revoke: 'إبطال',
  contactAgency: 'تواصل مع وكالتك إذا كان هذا التكامل يحتاج إلى إعادة الاتصال.',
  notFoundTitle: 'لم يتم العثور على الاتصال',
  notFoundNote: 'ربما تمت إزالته، أو أنه يتبع مساحة عمل أخرى.',
  detailLoadFailed: 'تعذّر تحميل هذا الاتصال.',
  loadingConnection: 'جارٍ تحميل الاتصال…',
  actionContext: (appName, label) => `${appName}، ${label}`,

  revokeDialogTitle: 'إبطال هذا الاتصال؟',
  revokeDialogDescription:
    'ستتوقف مسارات العمل التي تعتمد على بيانات الاعتماد هذه مؤقتًا إلى أن تعيد الاتصال (أنت أو أحد أعضاء فريقك). يمكنك إعادة الاتصال في أي وقت من هذه الصفحة أو من رسالة طلب تصلك لاحقًا بالبريد الإلكتروني.',
  revokeConfirm: 'إبطال الاتصال',
  revokeCancel: 'الإبقاء على الاتصال',
  revokeFailed: 'تعذّر إبطال الاتصال.',

  refreshedToast: 'تم تحديث الاتصال.',
  refreshFailedToast: 'تعذّر تحديث الاتصال',
  refreshFailedDetail: 'قد تحتاج إلى إعادة الاتصال.',
  revokedToast: 'تم إبطال الاتصال',
  revokedDetail: 'ستتوقف مسارات العمل التي تستخدم هذا الاتصال مؤقتًا إلى أن تتم إعادة الاتصال.',
  statusChanged: (appName, status) => `أصبحت حالة ${appName} «${status}».`,
  dismiss: 'إغلاق',

  errorNetwork: 'تحقّق من اتصالك بالإنترنت، ثم حاول مرة أخرى.',
  errorTimeout: 'استغرق الخادم وقتًا طويلًا للرد. حاول مرة أخرى.',
  errorUnauthorized: 'انتهت جلستك. سجّل الدخول مرة أخرى.',
  errorForbidden: 'ليس لديك إذن بالوصول إلى مساحة العمل هذه.',
  errorServer: 'واجه الخادم مشكلة. حاول مرة أخرى بعد قليل.',
  errorRateLimited: 'طلبات كثيرة جدًا. انتظر قليلًا ثم حاول مرة أخرى.',
  errorInvalidResponse: 'أرسل الخادم ردًا لا تستطيع هذه الصفحة قراءته. حاول مرة أخرى لاحقًا.',
  errorUnexpected: 'حدث خلل ما. حاول مرة أخرى.',
};

export default ar;
