import type { Dictionary } from './en';

export const ru: Dictionary = {
  'app.name': 'Complaint Desk',

  'language.label': 'Язык интерфейса',

  'cases.heading': 'Жалобы',
  'cases.new': 'Новая жалоба',
  'cases.loading': 'Загружаем жалобы…',
  'cases.loadFailed': 'Не удалось загрузить список жалоб.',
  'cases.retry': 'Попробовать снова',
  'cases.searchLabel': 'Поиск по жалобам',
  'cases.searchPlaceholder': 'Название, компания или тип',
  'cases.noMatches': 'По запросу «{query}» ничего не найдено.',
  'cases.clearSearch': 'Сбросить поиск',
  'cases.untitled': 'Без названия',
  'cases.noCompany': 'Компания не указана',
  'cases.lastLetter': 'Последнее письмо {date}',
  'cases.noLetter': 'Писем пока нет',
  'cases.justCreated': 'Только что создана',
  'cases.status': 'Статус',

  'empty.title': 'Жалоб пока нет',
  'empty.body':
    'Complaint Desk помогает записать, в чём провинился оператор связи, — даты, звонки, платежи и доказательства — и составить из этого официальную претензию, которую можно распечатать и вручить.',

  'unreadable.heading': 'Не удалось открыть эту жалобу',
  'unreadable.folder': 'Папка: {id}',
  'unreadable.untouched': 'Файл оставлен без изменений.',
  'unreadable.details': 'Подробности: {message}',
  'unreadable.corrupt': 'Файл жалобы повреждён и не читается.',
  'unreadable.newer_schema':
    'Жалоба сохранена более новой версией Complaint Desk (формат файла {found}, эта версия читает до {supported}). Обновите программу, чтобы открыть её.',
  'unreadable.missing': 'В папке нет файла жалобы.',
  'unreadable.io': 'Не удалось прочитать файл жалобы с диска.',

  'newCase.title': 'Новая жалоба',
  'newCase.intro': 'Пока только самое основное — подробности можно добавить позже.',
  'newCase.incident': 'Что случилось?',
  'newCase.incidentRequired': 'Выберите, что случилось.',
  'newCase.jurisdiction': 'Страна, законы которой применяются',
  'newCase.letterLanguage': 'Язык письма',
  'newCase.letterLanguageHint':
    'На этом языке будет составлено письмо; он может отличаться от языка интерфейса.',
  'newCase.company': 'Юридическое название компании',
  'newCase.companyHint': 'Как в договоре, например ПАО «МТС».',
  'newCase.caseTitle': 'Краткое название',
  'newCase.caseTitleHint': 'Видно в списке жалоб, например «Не зачислен платёж от 12 марта».',
  'newCase.create': 'Создать жалобу',
  'newCase.creating': 'Создаём…',

  'common.cancel': 'Отмена',
  'common.close': 'Закрыть',
  'common.dismiss': 'Скрыть',

  'incident.wrong_person_debt': 'Уведомление о чужом долге',
  'incident.payment_not_credited': 'Платёж или пополнение не зачислены',
  'incident.broken_promise': 'Обещание не выполнено',
  'incident.billing_dispute': 'Неверные или лишние списания',
  'incident.service_outage': 'Нет связи или услуга не работает',
  'incident.unreachable_support': 'Поддержка недоступна или отвечает не по существу',
  'incident.other': 'Другое',

  'status.draft': 'Черновик',
  'status.sent': 'Отправлена',
  'status.answered': 'Получен ответ',
  'status.resolved': 'Решена',
  'status.escalated': 'Обжалована',

  'jurisdiction.ru': 'Россия',
  'jurisdiction.bg': 'Болгария',
  'jurisdiction.uk': 'Великобритания',
  'jurisdiction.other': 'Другая страна',

  'letterLanguage.ru': 'Русский',
  'letterLanguage.bg': 'Болгарский',
  'letterLanguage.en': 'Английский',

  'error.invalid_case_id': 'Недопустимый идентификатор жалобы.',
  'error.case_not_found': 'Жалоба не найдена: возможно, её переместили или удалили.',
  'error.case_unreadable': 'Не удалось прочитать файл жалобы.',
  'error.case_locked':
    'Эта жалоба открыта в другом окне или программе. Закройте её там и попробуйте снова.',
  'error.io': 'Не удалось прочитать или записать файлы. Проверьте диск и права доступа к папке.',
  'error.unknown': 'Что-то пошло не так.',

  'problem.required': 'Обязательное поле.',
  'problem.invalid_date': 'Укажите дату в формате ГГГГ-ММ-ДД.',
  'problem.future_date': 'Эта дата ещё не наступила.',
  'problem.invalid_time': 'Укажите время в формате ЧЧ:ММ.',
  'problem.times_out_of_order':
    'Время указано не по порядку: сначала звонок, затем ответ, затем конец разговора.',
  'problem.invalid_email': 'Неверный адрес электронной почты.',
  'problem.invalid_phone': 'Неверный номер телефона.',
  'problem.invalid_amount': 'Укажите сумму, например 150 или 150,50.',
  'problem.invalid_currency': 'Укажите трёхбуквенный код валюты, например RUB.',
  'problem.email_reply_needs_email':
    'Чтобы получить ответ по электронной почте, укажите свой адрес.',
  'problem.sms_reply_needs_phone': 'Чтобы получить ответ по СМС, укажите номер телефона.',
  'problem.too_long': 'Слишком длинный текст.',
  'problem.control_character': 'В тексте есть невидимые управляющие символы — наберите его заново.',
  'problem.invalid_hash': 'Повреждена контрольная сумма приложенного файла.',
};
