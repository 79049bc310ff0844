import type { Dictionary } from './en';

export const bg: Dictionary = {
  'app.name': 'Complaint Desk',

  'language.label': 'Език на интерфейса',

  'cases.heading': 'Жалби',
  'cases.new': 'Ново оплакване',
  'cases.loading': 'Зареждане на жалбите…',
  'cases.loadFailed': 'Списъкът с жалби не можа да се зареди.',
  'cases.retry': 'Опитай отново',
  'cases.searchLabel': 'Търсене в жалбите',
  'cases.searchPlaceholder': 'Заглавие, компания или вид',
  'cases.noMatches': 'Няма жалби, отговарящи на „{query}“.',
  'cases.clearSearch': 'Изчисти търсенето',
  'cases.untitled': 'Без заглавие',
  'cases.noCompany': 'Не е посочена компания',
  'cases.lastLetter': 'Последно писмо {date}',
  'cases.noLetter': 'Още няма писмо',
  'cases.justCreated': 'Току-що създадена',
  'cases.status': 'Състояние',
  'cases.dueOn': 'Отговор до {date}',
  'cases.overdueSince': 'Просрочено от {date}',
  'cases.overdueNotice.one': 'Срокът за отговор на компанията е изтекъл по {count} жалба:',
  'cases.overdueNotice.few': 'Срокът за отговор на компанията е изтекъл по {count} жалби:',
  'cases.overdueNotice.many': 'Срокът за отговор на компанията е изтекъл по {count} жалби:',
  'cases.overdueNotice.other': 'Срокът за отговор на компанията е изтекъл по {count} жалби:',

  'case.back': 'Към жалбите',
  'case.loading': 'Зареждане на жалбата…',
  'case.loadFailed': 'Жалбата не можа да се отвори.',

  'deadline.heading': 'Срок за отговор',
  'deadline.dueLabel': 'Компанията трябва да отговори до',
  'deadline.today': 'Днес е последният ден за отговор',
  'deadline.daysLeft.one': 'Остава {count} ден',
  'deadline.daysLeft.few': 'Остават {count} дни',
  'deadline.daysLeft.many': 'Остават {count} дни',
  'deadline.daysLeft.other': 'Остават {count} дни',
  'deadline.overdue': 'Срокът е изтекъл',
  'deadline.overdueBy.one': 'Просрочено с {count} ден',
  'deadline.overdueBy.few': 'Просрочено с {count} дни',
  'deadline.overdueBy.many': 'Просрочено с {count} дни',
  'deadline.overdueBy.other': 'Просрочено с {count} дни',
  'deadline.basis': 'Правно основание',
  'deadline.inForceSince': 'Правилото е в сила от {date}',
  'deadline.inForceBetween': 'Правилото е било в сила от {from} до {to}',
  'deadline.countedFrom': 'Срокът тече от {date}',
  'deadline.extended': 'Ако компанията ви уведоми за удължаване — най-късно до {date}',
  'deadline.verify': 'Тази дата се основава на правило или календар, които трябва да се проверят.',
  'deadline.handedIn': 'Жалбата е подадена на {date}',
  'deadline.registration': 'вх. № {number}',
  'deadline.notSent': 'Срокът започва да тече, когато жалбата бъде подадена.',
  'deadline.answered': 'Компанията отговори на {date}.',
  'deadline.none': 'Не се очаква отговор, затова няма течащ срок.',
  'deadline.failed': 'Срокът не можа да бъде изчислен.',

  'timeline.heading': 'Хронология',
  'timeline.empty': 'Все още няма записи с дата.',
  'timeline.kind.event': 'Събитие',
  'timeline.kind.contact': 'Контакт с компанията',
  'timeline.kind.letter': 'Писмо',
  'timeline.kind.sent': 'Подадена жалба',
  'timeline.kind.due': 'Срок за отговор',
  'timeline.kind.answer': 'Получен отговор',

  'empty.title': 'Все още няма жалби',
  'empty.body':
    'Complaint Desk ви помага да опишете какво е сбъркал вашият мобилен или интернет оператор — дати, обаждания, плащания и доказателства — и да го превърнете в официална жалба, която да отпечатате и подадете.',

  'unreadable.heading': 'Тази жалба не може да се отвори',
  'unreadable.folder': 'Папка: {id}',
  'unreadable.untouched': 'Файлът е оставен непроменен.',
  'unreadable.details': 'Подробности: {message}',
  'unreadable.corrupt': 'Файлът на жалбата е повреден и не може да се прочете.',
  'unreadable.newer_schema':
    'Жалбата е записана с по-нова версия на Complaint Desk (формат на файла {found}; тази версия чете до {supported}). Обновете програмата, за да я отворите.',
  'unreadable.missing': 'В папката няма файл на жалба.',
  'unreadable.io': 'Файлът на жалбата не може да се прочете от диска.',

  'newCase.title': 'Ново оплакване',
  'newCase.intro': 'Засега само основното — подробностите можете да добавите по-късно.',
  'newCase.incident': 'Какво се случи?',
  'newCase.incidentRequired': 'Изберете какво се случи.',
  'newCase.jurisdiction': 'Държава, чието право се прилага',
  'newCase.letterLanguage': 'Език на писмото',
  'newCase.letterLanguageHint':
    'Жалбата ще бъде написана на този език; той може да се различава от езика на интерфейса.',
  'newCase.company': 'Официално наименование на компанията',
  'newCase.companyHint': 'Както е в договора, напр. „А1 България“ ЕАД.',
  'newCase.caseTitle': 'Кратко заглавие',
  'newCase.caseTitleHint': 'Показва се в списъка, напр. „Неотразено плащане от 12 март“.',
  'newCase.create': 'Създай жалбата',
  'newCase.creating': 'Създаване…',

  'common.cancel': 'Отказ',
  'common.close': 'Затвори',
  'common.dismiss': 'Скрий',

  'incident.wrong_person_debt': 'Известие за чужд дълг',
  'incident.payment_not_credited': 'Неотразено плащане или презареждане',
  'incident.broken_promise': 'Неизпълнено обещание',
  'incident.billing_dispute': 'Грешни или допълнителни такси',
  'incident.service_outage': 'Няма услуга или има прекъсване',
  'incident.unreachable_support': 'Няма връзка с обслужването или истински отговор',
  'incident.other': 'Нещо друго',

  'status.draft': 'Чернова',
  'status.sent': 'Изпратена',
  'status.answered': 'С отговор',
  'status.resolved': 'Решена',
  'status.escalated': 'Обжалвана',

  'jurisdiction.ru': 'Русия',
  'jurisdiction.bg': 'България',
  'jurisdiction.uk': 'Обединеното кралство',
  'jurisdiction.other': 'Друга държава',

  'letterLanguage.ru': 'Руски',
  'letterLanguage.bg': 'Български',
  'letterLanguage.en': 'Английски',

  'error.invalid_case_id': 'Невалиден идентификатор на жалба.',
  'error.case_not_found': 'Жалбата не е намерена. Може да е преместена или изтрита.',
  'error.case_unreadable': 'Файлът на жалбата не може да се прочете.',
  'error.case_locked':
    'Тази жалба е отворена в друг прозорец или програма. Затворете я там и опитайте отново.',
  'error.io':
    'Файловете не могат да се прочетат или запишат. Проверете диска и правата за достъп до папката.',
  'error.no_rule':
    'За тази държава и дата не е известен законов срок, затова крайната дата не може да се изчисли.',
  'error.unknown_rule':
    'Жалбата се позовава на правило за срок, което тази версия на Complaint Desk не познава. Обновете програмата.',
  'error.not_in_force':
    'Правилото за срока не е било в сила в деня, в който жалбата е подадена. Проверете датата.',
  'error.bad_data':
    'Вградените правила за сроковете са повредени. Преинсталирайте или обновете Complaint Desk.',
  'error.out_of_range':
    'От тази дата не може да се изчисли срок: тя е извън календарите, които Complaint Desk познава.',
  'error.unknown': 'Нещо се обърка.',

  'problem.required': 'Полето е задължително.',
  'problem.invalid_date': 'Въведете датата във формат ГГГГ-ММ-ДД.',
  'problem.future_date': 'Тази дата е в бъдещето.',
  'problem.invalid_time': 'Въведете часа във формат ЧЧ:ММ.',
  'problem.times_out_of_order':
    'Часовете не са по ред: първо набиране, после отговор, накрая край на разговора.',
  'problem.invalid_email': 'Невалиден имейл адрес.',
  'problem.invalid_phone': 'Невалиден телефонен номер.',
  'problem.invalid_amount': 'Въведете сума, например 150 или 150,50.',
  'problem.invalid_currency': 'Използвайте трибуквен код на валута, например BGN или EUR.',
  'problem.email_reply_needs_email': 'За да получите отговора по имейл, въведете имейл адреса си.',
  'problem.sms_reply_needs_phone': 'За да получите отговора с SMS, въведете телефонния си номер.',
  'problem.too_long': 'Текстът е твърде дълъг.',
  'problem.control_character':
    'Текстът съдържа невидими управляващи знаци — моля, въведете го отново.',
  'problem.invalid_hash': 'Контролната сума на приложения файл е повредена.',
};
