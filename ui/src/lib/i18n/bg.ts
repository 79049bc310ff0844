import type { Dictionary } from './en';

export const bg: Dictionary = {
  'app.name': 'Complaint Desk',

  'language.label': 'Език на интерфейса',

  'cases.heading': 'Жалби',
  'cases.new': 'Нова жалба',
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
  'cases.overdueSince': 'Просрочено: срок до {date}',
  'cases.overdueNotice.one': 'Срокът за отговор на компанията е изтекъл по {count} жалба:',
  'cases.overdueNotice.few': 'Срокът за отговор на компанията е изтекъл по {count} жалби:',
  'cases.overdueNotice.many': 'Срокът за отговор на компанията е изтекъл по {count} жалби:',
  'cases.overdueNotice.other': 'Срокът за отговор на компанията е изтекъл по {count} жалби:',

  'case.back': 'Към жалбите',
  'case.loading': 'Зареждане на жалбата…',
  'case.loadFailed': 'Жалбата не можа да се отвори.',

  'deadline.heading': 'Срокове',
  'deadline.today': 'Днес е последният ден за отговор',
  'deadline.daysLeft.one': 'Остава {count} ден',
  'deadline.daysLeft.few': 'Остават {count} дни',
  'deadline.daysLeft.many': 'Остават {count} дни',
  'deadline.daysLeft.other': 'Остават {count} дни',
  'deadline.overdueBy.one': 'Просрочено с {count} ден',
  'deadline.overdueBy.few': 'Просрочено с {count} дни',
  'deadline.overdueBy.many': 'Просрочено с {count} дни',
  'deadline.overdueBy.other': 'Просрочено с {count} дни',
  'deadline.basis': 'Правно основание',
  'deadline.inForceSince': 'Правилото е в сила от {date}',
  'deadline.inForceBetween': 'Правилото е било в сила от {from} до {to}',
  'deadline.extended': 'Ако компанията ви уведоми за удължаване — най-късно до {date}',
  'deadline.verify': 'Тази дата се основава на правило или календар, които трябва да се проверят.',
  'deadline.handedIn': 'Жалбата е подадена на {date}',
  'deadline.registration': 'вх. № {number}',
  'deadline.notSent': 'Срокът започва да тече, когато жалбата бъде подадена.',
  'deadline.answered': 'Компанията отговори на {date}.',
  'deadline.none': 'Не се очаква отговор, затова няма течащ срок.',
  'deadline.failed': 'Срокът не можа да бъде изчислен.',
  'deadline.adrIn.one': 'ADR ще е възможно след {count} ден',
  'deadline.adrIn.few': 'ADR ще е възможно след {count} дни',
  'deadline.adrIn.many': 'ADR ще е възможно след {count} дни',
  'deadline.adrIn.other': 'ADR ще е възможно след {count} дни',
  'deadline.extendedRegulator': 'Ако регулаторът ви уведоми за удължаване — най-късно {date}',
  'cases.adrOpen': 'ADR възможно от {date}',
  'cases.next.claim_answer': 'Отговор до {date}',
  'cases.next.adr_from': 'ADR възможно от {date}',
  'cases.next.adr_until': 'ADR възможно до {date}',
  'cases.next.data_request_answer': 'Отговор за данните до {date}',
  'cases.next.regulator_answer': 'Отговор на регулатора до {date}',
  'cases.next.claim_window': 'Жалба до {date}',
  'deadline.kind.claim_answer': 'Компанията трябва да отговори до',
  'deadline.kind.adr_from': 'Жалбата може да се отнесе до ADR от',
  'deadline.kind.adr_until': 'Жалбата може да се отнесе до ADR до',
  'deadline.kind.data_request_answer': 'Отговорът на искането за лични данни — до',
  'deadline.kind.regulator_answer': 'Регулаторът трябва да отговори до',
  'deadline.kind.claim_window': 'Жалбата трябва да се подаде до',
  'deadline.start.claim_answer': 'Компанията получи жалбата на {date}',
  'deadline.start.adr_from': 'Компанията получи жалбата на {date}',
  'deadline.start.adr_until': 'Компанията даде окончателен отговор на {date}',
  'deadline.start.data_request_answer': 'Компанията получи искането за данни на {date}',
  'deadline.start.regulator_answer': 'Регулаторът получи жалбата на {date}',
  'deadline.start.claim_window': 'Най-ранното събитие е от {date}',
  'deadline.closed.claim_answer': 'Срокът изтече',
  'deadline.closed.adr_from': 'Жалбата вече може да се отнесе до ADR',
  'deadline.closed.adr_until': 'Срокът за ADR изтече',
  'deadline.closed.data_request_answer': 'Срокът изтече',
  'deadline.closed.regulator_answer': 'Срокът изтече',
  'deadline.closed.claim_window': 'Срокът за жалба изтече',
  'deadline.unit.days.one': '{count} ден',
  'deadline.unit.days.few': '{count} дни',
  'deadline.unit.days.many': '{count} дни',
  'deadline.unit.days.other': '{count} дни',
  'deadline.unit.working_days.one': '{count} работен ден',
  'deadline.unit.working_days.few': '{count} работни дни',
  'deadline.unit.working_days.many': '{count} работни дни',
  'deadline.unit.working_days.other': '{count} работни дни',
  'deadline.unit.weeks.one': '{count} седмица',
  'deadline.unit.weeks.few': '{count} седмици',
  'deadline.unit.weeks.many': '{count} седмици',
  'deadline.unit.weeks.other': '{count} седмици',
  'deadline.unit.months.one': '{count} месец',
  'deadline.unit.months.few': '{count} месеца',
  'deadline.unit.months.many': '{count} месеца',
  'deadline.unit.months.other': '{count} месеца',
  'deadline.estimate': 'Приблизително',
  'deadline.estimateNote':
    'Датата на регистрацията не е въведена, затова срокът се брои от последния ден, който законът допуска за нея — {date}. Истинската дата може да е само по-ранна.',
  'deadline.registeredOn': 'Дата на регистрация по печата',
  'deadline.saveRegistration': 'Запазване на датата',
  'deadline.registrationFailed': 'Датата на регистрацията не можа да бъде запазена.',
  'deadline.working': 'Как е изчислена датата',
  'deadline.step.registered': 'Регистрирана на {date} (законът допуска до {latest})',
  'deadline.step.registeredLate':
    'Регистрирана на {date} — по-късно, отколкото законът допуска: срокът се брои от {latest}, последния допустим ден',
  'deadline.step.registrationLatest':
    'Датата на регистрацията не е въведена: брои се от последния допустим ден — {date}',
  'deadline.step.term': '{term} от {from}: {until}',
  'deadline.step.weekend': '{date}: почивен ден',
  'deadline.step.dayOff': '{date}: {name}',
  'deadline.step.skipped': 'Не се броят:',
  'deadline.step.last': 'Последен ден: {date}',
  'deadline.counting': 'Броене на сроковете: {law}',
  'deadline.calendar': 'Добавяне в календара (.ics)',
  'deadline.calendarTitle': 'Запазване на сроковете като файл за календар',
  'deadline.calendarSaved':
    'Файлът за календара е запазен. Повторното му внасяне обновява събитията.',
  'deadline.calendarFailed': 'Файлът за календара не можа да бъде запазен.',
  'handIn.registeredOn': 'Дата на регистрацията (ако е известна)',
  'handIn.registeredOnHint': 'Както е в печата на вашия екземпляр. Без нея срокът е приблизителен.',
  'error.dates_out_of_order': 'Датата е преди писмото да бъде получено.',
  'error.not_delivered': 'Това писмо не е отбелязано като получено.',

  'timeline.incoming': 'Вх. № {number}',
  'timeline.heading': 'Хронология',
  'timeline.empty': 'Все още няма записи с дата.',
  'timeline.kind.event': 'Събитие',
  'timeline.kind.contact': 'Контакт с компанията',
  'timeline.kind.letter': 'Писмо',
  'timeline.kind.sent': 'Подадена жалба',
  'timeline.kind.due': 'Срок за отговор',
  'timeline.kind.answer': 'Получен отговор',
  'timeline.kind.data_request': 'Подадено искане за данни',
  'timeline.kind.regulator': 'Подадена жалба до регулатора',
  'timeline.kind.reply': 'Получен отговор',
  'timeline.deadline.claim_answer': 'Срок за отговор',
  'timeline.deadline.adr_from': 'Възможно отнасяне до ADR',
  'timeline.deadline.adr_until': 'Последен ден за ADR',
  'timeline.deadline.data_request_answer': 'Срок за отговор на искането за данни',
  'timeline.deadline.regulator_answer': 'Срок за отговор на регулатора',
  'timeline.deadline.claim_window': 'Последен ден за жалба',

  'caseActions.saving': 'Записване…',
  'records.claim': 'Жалба',
  'records.answer': 'Отговор на компанията',
  'deliveries.answerArrived': 'Получен на {date}',
  'records.correct': 'Поправка…',
  'records.confirm': 'Да се върне ли записът във формата, за да се поправи?',
  'records.remove': 'Връщане',
  'records.correcting':
    'Записът е отново във формата, какъвто беше: поправете сгрешеното и го запишете пак. Дотогава срок по него не тече.',
  'records.keep': 'Запазване',
  'error.answer_rests':
    'Отговорът на компанията се основава на връчването: първо премахнете отговора.',
  'deliveries.heading': 'Връчване на писма и отговори',
  'deliveries.intro':
    'Срокът за отговор на всяко писмо се брои от деня на получаването му. Погрешен запис може да се премахне и въведе отново.',
  'deliveries.kind.data_request': 'Искане за лични данни',
  'deliveries.kind.regulator': 'Жалба до регулатора',
  'deliveries.record': 'Отбелязване на получаването',
  'deliveries.date': 'Дата на получаване',
  'deliveries.registeredOn': 'Дата на регистрация (ако е известна)',
  'deliveries.number': 'Входящ номер (ако има)',
  'deliveries.save': 'Запазване',
  'deliveries.delivered': 'Получено на {date}',
  'deliveries.answeredOn': 'Дата на получаване на отговора',
  'deliveries.saveAnswer': 'Отбелязване на отговора',
  'deliveries.answered': 'отговор на {date}',
  'deliveries.failed': 'Не можа да бъде запазено.',
  'handIn.heading': 'Отбележете като подадена',
  'handIn.intro':
    'Когато компанията получи жалбата, отбележете го тук: срокът за отговор тече от тази дата.',
  'handIn.date': 'Дата на получаване от компанията',
  'handIn.method': 'Как е подадена',
  'handIn.registration': 'Входящ номер (вх. №)',
  'handIn.registrationHint':
    'Както е на печата върху вашия екземпляр; оставете празно, ако няма такъв.',
  'handIn.tracking': 'Номер за проследяване на пратката',
  'handIn.submit': 'Отбележи като подадена',
  'handIn.failed': 'Жалбата не можа да бъде отбелязана като подадена.',
  'handIn.fixDate': 'Проверете датата: причината е посочена под нея.',
  'answerForm.heading': 'Запишете отговора на компанията',
  'answerForm.final': 'В отговора пише, че е окончателен, и е посочена схемата за ADR',
  'answerForm.finalHint':
    'Писмо за задънена позиция (deadlock, ADR letter): жалбата може веднага да се отнесе до схемата, в срок от 12 месеца.',
  'answerForm.date': 'Дата на получаване на отговора',
  'answerForm.channel': 'Как пристигна отговорът',
  'answerForm.summary': 'Какво отговори компанията',
  'answerForm.outcomes': 'Какво направи компанията с всяко искане',
  'answerForm.demand': 'Искане {number}: {text}',
  'answerForm.objection':
    'Защо оспорвате мотивите за отказа по искане {number} (следващото писмо ще им отговори)',
  'answerForm.noDemands': 'Делото не съдържа искания.',
  'answerForm.submit': 'Запиши отговора',
  'answerForm.failed': 'Отговорът не можа да бъде записан.',
  'outcome.satisfied': 'Удовлетворено',
  'outcome.refused_with_reasons': 'Отказано с мотиви',
  'outcome.refused_without_reasons': 'Отказано без мотиви',
  'outcome.not_addressed': 'Не е разгледано',
  'followUp.madeToday':
    'Това писмо вече е съставено днес: {file}. Да се отвори ли, или да се състави ново?',
  'followUp.makeAnother': 'Състави ново',
  'followUp.heading': 'Последващи писма',
  'followUp.optionsFailed': 'Не можа да се провери кои писма могат да се съставят.',
  'followUp.blocked.not_sent': 'Достъпно, след като жалбата бъде подадена.',
  'followUp.blocked.already_answered': 'Компанията вече е отговорила.',
  'followUp.blocked.not_answered': 'Достъпно, след като запишете отговора на компанията.',
  'followUp.blocked.not_yet_due': 'Срокът за отговор на компанията още не е изтекъл.',
  'followUp.issuing': 'Писмото се изготвя…',
  'followUp.ready': 'Писмото е готово: {file}',
  'followUp.failed': 'Писмото не можа да бъде изготвено.',
  'followUp.openFailed': 'Писмото не можа да бъде отворено.',

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
  'unreadable.not_a_file':
    'Файлът на жалбата не е обикновен файл, а {kind}, затова не беше прочетен.',
  'unreadable.too_large':
    'Файлът на жалбата е {size} МБ — повече от допустимите {limit} МБ, затова не беше прочетен.',
  'unreadable.linked_folder':
    'Папката на жалбата е връзка към друго място на диска, затова не беше отворена.',
  'unreadable.bad_name':
    'Името на тази папка не е от тези, които Complaint Desk дава на жалбите, затова не беше отворена.',
  'fileKind.pipe': 'именуван канал',
  'fileKind.socket': 'сокет',
  'fileKind.device': 'устройство',
  'fileKind.link': 'връзка',
  'fileKind.folder': 'папка',
  'fileKind.special_file': 'специален файл',

  'newCase.incidentRequired': 'Изберете какво се случи.',
  'newCase.jurisdiction': 'Държава, чието право се прилага',
  'newCase.letterLanguage': 'Език на писмото',
  'newCase.letterLanguageHint':
    'Жалбата ще бъде написана на този език; той може да се различава от езика на интерфейса.',
  'newCase.companyHint': 'Както е в договора, напр. „А1 България“ ЕАД.',
  'newCase.caseTitleHint':
    'Става ред „Относно:“ на писмото и име в списъка, напр. „Неотразено плащане от 12 март“.',

  'case.edit': 'Продължи попълването',
  'cases.shelf': 'Кои жалби',
  'cases.shelf.active': 'Текущи',
  'cases.shelf.archived': 'Архив',
  'cases.archivedEmpty':
    'Архивът е празен. Жалба, преместена в архива от страницата си, се пази тук цяла, докато не бъде върната.',
  'cases.restore': 'Върни',
  'cases.restoreLabel': 'Върни „{title}“ в списъка',
  'cases.deleteLabel': 'Изтрий „{title}“',
  'cases.archivedNotice': '„{title}“ е преместена в архива.',
  'cases.restoredNotice': '„{title}“ отново е в списъка.',
  'cases.deletedNotice': '„{title}“ е преместена в кошчето; оттам може да бъде възстановена.',
  'cases.undo': 'Отмени',
  'cases.dismiss': 'Затвори',
  'caseMenu.verify': 'Провери файловете',
  'caseMenu.export': 'Експорт за юрист или регулатор…',
  'caseMenu.exportHint':
    'Един zip файл (пакет BagIt) с преписката, писмата и доказателствата под собствените им имена, всеки файл с неговия SHA-256, за да може получателят да провери, че нищо не е променено.',
  'caseMenu.exportTitle': 'Експорт на преписката',
  'caseMenu.exported.one': 'Експортиран е {count} файл, всеки с неговия SHA-256.',
  'caseMenu.exported.few': 'Експортирани са {count} файла, всеки с неговия SHA-256.',
  'caseMenu.exported.many': 'Експортирани са {count} файла, всеки с неговия SHA-256.',
  'caseMenu.exported.other': 'Експортирани са {count} файла, всеки с неговия SHA-256.',
  'verify.intact': 'Всички файлове са същите, както при добавянето (проверени: {count}).',
  'verify.faults': 'Променени или липсващи след добавянето:',
  'verify.unrecorded': 'Непроверени (направени от по-стара версия, без отпечатък): {files}.',
  'verify.changed': 'променен',
  'verify.missing': 'липсва',
  'caseMenu.heading': 'Тази жалба',
  'caseMenu.openFolder': 'Отвори папката на жалбата',
  'caseMenu.duplicate': 'Копие като нова чернова',
  'caseMenu.duplicateHint':
    'Същото дружество, потребител, факти и доказателства, без писма и отметки за подаване.',
  'caseMenu.archive': 'В архива',
  'caseMenu.delete': 'Изтрий…',
  'caseMenu.deleteConfirm':
    'Да се премести ли „{title}“ в кошчето заедно с писмата и доказателствата?',
  'caseMenu.deleteYes': 'В кошчето',
  'caseMenu.deleteNo': 'Остави',
  'caseMenu.failed': 'Не се получи:',
  'next.heading': 'Следваща стъпка',
  'next.printClaim': 'Отпечатай жалбата',
  'next.printClaimText':
    'Жалбата е готова. Отпечатайте я, подпишете я и я подайте или изпратете по пощата, както сте решили.',
  'next.printing': 'Писмото се подготвя…',
  'next.cannotPrint': 'Жалбата още не може да бъде подготвена:',
  'next.handIn': 'Отбележете като подадена',
  'next.handInText':
    'Жалбата е отпечатана. Щом я подадете или изпратите, въведете датата: срокът за отговор тече от нея.',
  'next.openClaim': 'Отвори жалбата за печат',
  'next.waitText':
    'Жалбата е при дружеството. Срокът за отговор е посочен по-горе; когато отговорът дойде, запишете го тук. Ако няма отговор в срок, тук ще се появи напомняне.',
  'next.recordAnswer': 'Отговорът дойде',
  'next.answeredText':
    'Дружеството отговори. Ако не е изпълнило исканията ви, следващата стъпка е жалба до регулатора (в раздел „Последващи писма“).',
  'next.overdueText':
    'Срокът за отговор на дружеството изтече. Изпратете напомняне или жалба до регулатора.',
  'next.notOpened':
    'Писмото е запазено, но никоя програма за PDF не го отвори. То е в папката на жалбата.',
  'next.noFileManager':
    'Папката също не можа да се отвори: няма файлов мениджър. Запазете копие там, където ще го намерите.',
  'handIn.noLetter':
    'Жалбата още не е подготвена. Първо я отпечатайте, за да ви остане екземплярът с входящия номер.',
  'review.showInFolder': 'Покажи в папката',
  'review.showInFolderLabel': 'Покажи {file} в папката',

  'wizard.newTitle': 'Нова жалба',
  'wizard.leave': 'Към жалбите',
  'wizard.leaveKey': 'Esc',
  'wizard.progress': 'Стъпки',
  'wizard.stepOf': 'Стъпка {n} от {total}',
  'wizard.stepDone': 'готово',
  'wizard.stepProblems.one': '{count} забележка',
  'wizard.stepProblems.few': '{count} забележки',
  'wizard.stepProblems.many': '{count} забележки',
  'wizard.stepProblems.other': '{count} забележки',
  'wizard.back': 'Назад',
  'wizard.next': 'Напред',
  'wizard.createNext': 'Създай жалбата и продължи',
  'wizard.creating': 'Създаване…',
  'wizard.createFailed': 'Жалбата не можа да бъде създадена.',
  'wizard.done': 'Готово',
  'wizard.loading': 'Зареждане на жалбата…',
  'wizard.loadFailed': 'Жалбата не можа да се отвори за редактиране.',
  'wizard.callRunning': 'Текущ разговор: {time}',
  'wizard.why': 'Защо питаме:',

  'save.saved': 'Записано',
  'save.saving': 'Записване…',
  'save.notYet': 'Ще се запише, когато натиснете „Напред“',
  'save.failed': 'Не е записано',
  'save.failedBody':
    'Промените ви остават на страницата и ще се запишат при следващата редакция. {message}',
  'save.retry': 'Запиши сега',
  'save.leaveFailed':
    'Последните промени не можаха да се запишат, затова жалбата остана отворена. Можете да опитате отново или да излезете без тях.',
  'save.leaveAnyway': 'Излез без записване',

  'step.incident': 'Какво се случи',
  'step.company': 'Компания',
  'step.customer': 'Вашите данни',
  'step.events': 'Хронология',
  'step.contacts': 'Контакти',
  'step.demands': 'Искания',
  'step.delivery': 'Отговор и подаване',
  'step.evidence': 'Доказателства',
  'step.review': 'Преглед и печат',

  'stepWhy.incident':
    'Видът на проблема определя на какви правни основания се позовава писмото, а държавата — чий закон и какви срокове важат за отговора на компанията и за жалба до регулатора.',
  'stepWhy.company':
    'Точното наименование и адресът за жалби гарантират, че жалбата ще стигне до юридическото лице, което е длъжно да отговори; по тях регулаторът или съдът също ще установи кое е дружеството.',
  'stepWhy.customer':
    'Компанията трябва да изпрати отговора си на посочения тук адрес или контакт, а по името и абонатния номер намира договора ви.',
  'stepWhy.events':
    'Датите показват какво и кога се е случило: от тях зависи откога тече срокът, в който законът позволява да се подаде жалба, и по тях компанията и регулаторът проверяват всеки факт.',
  'stepWhy.contacts':
    'Записите за всеки контакт — дата, час, име на служителя и номер на сигнала — доказват, че компанията е знаела за проблема и не го е отстранила; регулаторът взема предвид такива подробности.',
  'stepWhy.demands':
    'Компанията трябва да се произнесе по всяко искане, а регулаторът или съдът сверява отговора ѝ с този списък точка по точка: искане, което не е посочено тук, после не може да се смята за пренебрегнато.',
  'stepWhy.delivery':
    'Имате право да поискате отговорът да е писмен или по имейл — писмото ще го посочи. От начина на подаване зависи денят, в който компанията получава и регистрира жалбата, а от него тече срокът за отговор.',
  'stepWhy.evidence':
    'Прилагайте копия, а не оригинали: копията придружават жалбата като приложения, изброени в писмото, а оригиналите остават у вас, ако се стигне до спор.',
  'stepWhy.review':
    'Компанията отговаря точно на това писмо, а регулаторът ще го прочете такова, каквото е подадено: проверете датите и сумите сега, докато още могат да се поправят.',

  'incidentStep.heading': 'Какво се случи?',
  'incidentStep.intro':
    'Изберете най-близкия вариант: от него зависят следващите въпроси и предложения.',
  'incidentStep.jurisdictionHint':
    'От това зависят сроковете и разпоредбите, на които се позовава писмото.',

  'incidentAbout.wrong_person_debt':
    'Писмо, обаждане или SMS изисква да платите чужд дълг — на вашия адрес или номер.',
  'incidentAbout.payment_not_credited':
    'Платили сте или сте презаредили, но парите не са стигнали до сметката ви.',
  'incidentAbout.broken_promise':
    'Служител е обещал да ви се обади, да изпрати имейл, да отстрани проблем или да ви информира — и не го е направил.',
  'incidentAbout.billing_dispute':
    'Сметката е завишена, включва услуга, която не сте ползвали, или продължава след прекратяване на договора.',
  'incidentAbout.service_outage':
    'Няма мобилна връзка, интернет или телевизия, или една и съща повреда се появява отново и отново.',
  'incidentAbout.unreachable_support':
    'Безкрайно чакане на линия, прекъснати разговори, бот, който ви връща в началото, или отговори, които не отговарят на въпроса.',
  'incidentAbout.other': 'Нещо друго — ще го опишете със свои думи.',

  'companyStep.heading': 'Срещу коя компания е жалбата?',
  'companyStep.intro': 'Посочете я както е в договора или фактурата: писмото се адресира до нея.',
  'companyStep.known': 'Компании от предишните ви жалби',
  'companyStep.useLabel': 'Избери {name}',
  'companyStep.claimsAddressHint':
    'Пощенският адрес за жалби: ще го намерите на сайта на компанията, в договора или във фактурата.',
  'companyStep.officeHint': 'Къде ще занесете писмото, ако го подавате лично.',

  'customerStep.heading': 'Вашите данни',
  'customerStep.intro': 'Писмото се подписва с вашето име, а компанията отговаря на тези адреси.',
  'customerStep.fullNameHint': 'Както ще подпишете писмото.',
  'customerStep.postalAddressHint': 'С пощенския код; тук ще бъде изпратен отговор на хартия.',
  'customerStep.emailHint': 'Нужен е, ако искате отговора по имейл.',
  'customerStep.phoneHint': 'Нужен е, ако искате отговора с SMS.',
  'customerStep.accountHint': 'Както е във фактурата или договора.',
  'customerStep.accountHintStranger':
    'Не сте техен клиент, затова полето може да остане празно. Номерът от известието се записва в хронологията, а не тук.',
  'customerStep.remember': 'Запомни данните ми за следващия път',
  'customerStep.rememberHint':
    'Пазят се само на този компютър и ще бъдат попълнени в следващата ви жалба.',
  'customerStep.prefilled': 'Попълнено от данните, които сте запомнили.',
  'customerStep.profileFailed': 'Запомнените ви данни не можаха да се заредят.',
  'customerStep.profileSaveFailed': 'Данните ви не можаха да бъдат запомнени.',

  'field.title': 'Кратко заглавие (по избор)',
  'field.incident': 'Какво се случи',
  'field.company.legal_name': 'Наименование по регистрация',
  'field.company.claims_address': 'Адрес за жалби',
  'field.company.office': 'Офис, който ще посетите (по избор)',
  'field.customer.full_name': 'Трите имена',
  'field.customer.postal_address': 'Пощенски адрес',
  'field.customer.phone': 'Телефон',
  'field.customer.email': 'Имейл',
  'field.customer.account': 'Клиентски номер, номер на договор или телефонен номер',
  'field.events': 'Хронология',
  'field.events.date': 'Дата',
  'field.events.time': 'Час (по избор)',
  'field.events.text': 'Какво се случи',
  'field.events.amount.value': 'Сума (по избор)',
  'field.events.amount.currency': 'Валута',
  'field.events.reference': 'Номер на документ (по избор)',
  'field.contacts.channel': 'Как',
  'field.contacts.date': 'Дата',
  'field.contacts.dialled': 'Начало',
  'field.contacts.answered': 'Отговор',
  'field.contacts.ended': 'Край',
  'field.contacts.agent': 'Име или номер на служителя',
  'field.contacts.ticket': 'Номер на сигнала',
  'field.contacts.summary': 'Какво ви казаха или обещаха',
  'field.demands': 'Искания',
  'field.reply_channel': 'Отговорът да бъде изпратен',
  'field.delivery': 'Как ще подадете писмото',
  'field.terms.long_distance_or_roaming':
    'Жалбата се отнася до междуградски или международни разговори или роуминг (тогава операторът има 60 дни вместо 30)',
  'field.terms.reply_days': 'Срок за отговор в дни',
  'field.loss_of_service.reported': 'Ден, в който съобщихте за повредата',
  'field.loss_of_service.restored': 'Ден, в който услугата отново заработи',
  'field.loss_of_service.missed_appointments': 'Пропуснато посещение на техник',
  'field.loss_of_service.provider_in_scheme':
    'Доставчикът ми участва в схемата на Ofcom за автоматично обезщетение',
  'field.evidence.description': 'Описание — така ще бъде посочено в приложенията',
  'field.evidence.status': 'Имате ли го?',
  'field.evidence.files': 'Файлове',

  'entry.event': 'Събитие {n}',
  'entry.contact': 'Контакт {n}',
  'entry.demand': 'Искане {n}',
  'entry.evidence': 'Доказателство {n}',
  'entry.missedAppointment': 'Пропуснато посещение {n}',

  'list.moveUp': 'Премести нагоре: {item}',
  'list.moveDown': 'Премести надолу: {item}',
  'list.remove': 'Премахни: {item}',
  'list.moved': '{item} вече е под номер {position}.',
  'list.removed': '{item}: премахнато.',

  'events.heading': 'Какво се случи, стъпка по стъпка',
  'events.intro':
    'Един запис — един факт с дата, от най-ранния към най-късния. Пишете така, както бихте разказали на приятел: писмото използва вашите думи.',
  'events.tipsHeading': 'Какво е добре да запишете',
  'events.add': 'Добави събитие',
  'events.empty': 'Още няма записи. Започнете от първото, което се обърка.',
  'events.tips.wrong_person_debt':
    'Чие име пише в известието, датата и номера му, чуждия клиентски или телефонен номер, кога сте го получили и как е доставено.',
  'events.tips.payment_not_credited':
    'Датата и часа на плащането, сумата, номера на терминала или трансакцията и номера на касовата бележка.',
  'events.tips.broken_promise':
    'Какво ви обещаха, кой (име или номер), кога и до кога трябваше да се случи.',
  'events.tips.billing_dispute':
    'Срока на договора, датата, на която поискахте прекратяването му, и всеки оспорван ред от всяка фактура със сумата му.',
  'events.tips.service_outage':
    'Кога прекъсна и кога се възстанови услугата, колко често се повтаряше и номерата на сигналите.',
  'events.tips.unreachable_support':
    'Колко дълго чакахте на линия, кои разговори прекъснаха и кои въпроси ви задаваха отново и отново.',
  'events.tips.other': 'Дати, суми и номера на документи — в реда, в който се случиха нещата.',
  'events.textPlaceholder.wrong_person_debt':
    'Напр. „В пощенската си кутия намерих известие за дълг на непознат за мен Иван Петров, клиентски номер 298417563021.“',
  'events.textPlaceholder.payment_not_credited':
    'Напр. „Платих 30 евро на каса на „Изипей“, но сумата не е отразена по сметката ми.“',
  'events.textPlaceholder.broken_promise':
    'Напр. „Служителката Анна (№ 4471) обеща да ми се обади до 24 часа с резултата от проверката.“',
  'events.textPlaceholder.billing_dispute':
    'Напр. „Едногодишният договор изтече на 1 юни, но във фактурата за юни отново има месечна такса.“',
  'events.textPlaceholder.service_outage':
    'Напр. „В 8:00 интернетът спря и се възстанови чак на 14 март в 19:30.“',
  'events.textPlaceholder.unreachable_support':
    'Напр. „Чаках на линия 40 минути; щом служител вдигна, разговорът прекъсна.“',
  'events.textPlaceholder.other': 'Какво се случи този ден, със свои думи.',
  'events.referencePlaceholder.wrong_person_debt': '№ на известието, чуждият клиентски №',
  'events.referencePlaceholder.payment_not_credited': '№ на терминал или трансакция, № на бележка',
  'events.referencePlaceholder.broken_promise': '№ на сигнал или заявка',
  'events.referencePlaceholder.billing_dispute': '№ на фактура, ред',
  'events.referencePlaceholder.service_outage': '№ на сигнал',
  'events.referencePlaceholder.unreachable_support': '№ на сигнал или разговор',
  'events.referencePlaceholder.other': '№ на бележка, известие или сигнал',

  'loss.heading': 'Автоматично обезщетение при загуба на услугата',
  'loss.intro':
    'По схемата на Ofcom за автоматично обезщетение присъединилите се доставчици плащат определена сума за всеки ден, в който пълната загуба на фиксирания телефон или интернета не е отстранена в рамките на два пълни работни дни след съобщаването ви, и за всяко пропуснато посещение на техник. Посочете датите и в писмото ще бъде посочено какво ви се дължи.',
  'loss.schemeHint':
    'Важи само пълна загуба: никакви обаждания или никакъв интернет. Мобилните и бизнес линиите не са включени в схемата. Ofcom публикува списъка на участващите доставчици.',
  'loss.reportedHint': 'Както е в списъка с обажданията ви или в сигнала при доставчика.',
  'loss.restoredHint': 'Оставете празно, докато услугата все още не работи.',
  'loss.appointmentsHeading': 'Пропуснати посещения на техник',
  'loss.appointmentsHint':
    'Техникът не е дошъл или посещението е отменено по-малко от 24 часа предварително.',
  'loss.addAppointment': 'Добави пропуснато посещение',

  'contacts.heading': 'Обаждания, чатове и посещения',
  'contacts.intro':
    'Всеки път, когато сте се свързали с компанията: кога, колко чакахте, кой отговори и какво ви каза или обеща.',
  'contacts.add': 'Добави контакт',
  'contacts.empty': 'Още няма записани контакти.',
  'contacts.timer': 'Хронометър на разговора',
  'contacts.timerHint': 'Натискайте бутоните в хода на разговора — часът се попълва сам.',
  'contacts.dialling': 'Набирам',
  'contacts.answeredNow': 'Отговориха',
  'contacts.endedNow': 'Приключи',
  'contacts.onHold': 'Чакане {time}',
  'contacts.heldFor': 'Чакане {time}',
  'contacts.talking': 'разговор {time}',
  'contacts.summaryPlaceholder':
    'Напр. „Служителят обеща SMS с номера на сигнала и обаждане до 24 часа.“',
  'contacts.held.one': 'Чакане на линия {count} минута',
  'contacts.held.few': 'Чакане на линия {count} минути',
  'contacts.held.many': 'Чакане на линия {count} минути',
  'contacts.held.other': 'Чакане на линия {count} минути',
  'contacts.unanswered.one': 'Без отговор след {count} минута',
  'contacts.unanswered.few': 'Без отговор след {count} минути',
  'contacts.unanswered.many': 'Без отговор след {count} минути',
  'contacts.unanswered.other': 'Без отговор след {count} минути',
  'contacts.heldBrief': 'Чакане на линия по-малко от минута',
  'contacts.unansweredBrief': 'Без отговор, чакане по-малко от минута',

  'contactChannel.phone': 'Телефонно обаждане',
  'contactChannel.chat': 'Чат',
  'contactChannel.email': 'Имейл',
  'contactChannel.office': 'Посещение в офис',
  'contactChannel.post': 'Писмо по пощата',
  'contactChannel.sms': 'SMS',
  'contactChannel.web_form': 'Формуляр на сайта',
  'contactChannel.other': 'Друго',

  'demands.heading': 'Какво искате от компанията?',
  'demands.intro':
    'Едно искане на запис, достатъчно конкретно, за да може да се отговори с „да“ или „не“. В писмото те се номерират в този ред.',
  'demands.prefilled':
    'Това са обичайните искания при такъв случай, на езика на писмото. Променете, пренаредете или премахнете ги.',
  'demands.add': 'Добави искане',
  'demands.more': 'Още предложения',
  'demands.addSuggestion': 'Добави',
  'demands.addSuggestionLabel': 'Добави искането: {text}',
  'demands.suggestionsFailed': 'Предложенията не можаха да се заредят.',
  'demands.empty': 'Още няма искания.',
  'demands.undo': 'Отмени',
  'demands.undoLabel': 'Отмени премахването: {item}',
  'demands.restored': '{item}: върнато на мястото си.',

  'delivery.heading': 'Отговорът и писмото',
  'delivery.replyIntro': 'Къде компанията трябва да изпрати отговора си?',
  'delivery.replyNote':
    'В Русия операторът е длъжен да отговори по имейл или SMS само ако това е поискано в жалбата, затова писмото винаги посочва къде да бъде изпратен отговорът.',
  'delivery.deliveryIntro': 'Как писмото ще стигне до компанията?',
  'delivery.needsEmail': 'Избрахте имейл, но не сте попълнили имейл адреса си.',
  'delivery.needsPhone': 'Избрахте SMS, но не сте попълнили телефонния си номер.',
  'delivery.enterEmail': 'Попълнете имейл адреса си',
  'delivery.enterPhone': 'Попълнете телефонния си номер',
  'delivery.termsHeading': 'Срок за отговор',
  'delivery.replyDaysHint':
    'Както е посочено в Общите условия на компанията. Ако оставите полето празно, се броят 30 дни.',

  'replyChannel.post': 'По пощата, на моя пощенски адрес',
  'replyChannel.email': 'По имейл',
  'replyChannel.sms': 'С SMS',

  'delivery.in_person': 'Лично в офис',
  'delivery.registered_post': 'С препоръчано писмо',
  'delivery.email': 'По имейл или чрез формуляр на сайта',
  'deliveryAbout.in_person':
    'Занесете два екземпляра. На вашия служителят поставя входящ номер, дата и подпис.',
  'deliveryAbout.registered_post':
    'С опис на съдържанието и обратна разписка. Запазете пощенската квитанция.',
  'deliveryAbout.email': 'Запазете потвърждението за получаване.',

  'evidence.heading': 'Доказателства',
  'evidence.intro':
    'Отбележете какво имате, какво още липсва и какво не е нужно. Приложените файлове се копират в папката на жалбата с контролна сума SHA-256; оригиналите ви остават там, където са.',
  'evidence.prefilled': 'Този списък е предложен за вашия случай, на езика на писмото.',
  'evidence.attach': 'Приложи файлове…',
  'evidence.attachLabel': 'Приложи файлове към: {item}',
  'evidence.attaching': 'Прилагане…',
  'evidence.pickTitle': 'Изберете файлове',
  'evidence.dropHint': 'Можете и да довлачите файлове от компютъра си върху съответната точка.',
  'evidence.dropOnItem': 'Пуснете, за да приложите към тази точка',
  'evidence.dropAnywhere':
    'Пуснете върху точка, за да приложите към нея, или тук, за да добавите нова',
  'evidence.add': 'Добави точка',
  'evidence.empty': 'Още няма точки.',
  'evidence.fingerprint': 'SHA-256 {hash}',
  'evidence.imported': 'добавен на {date}',
  'evidence.attachFailed': '{name} не е приложен: {message}',
  'evidence.open': 'Отвори',
  'evidence.openLabel': 'Отвори {name}',
  'evidence.removeFile': 'Премахни',
  'evidence.removeLabel': 'Премахни {name} от тази точка',
  'evidence.removeQuestion': 'Да се премахне ли? Копието му отива в кошчето.',
  'evidence.keepFile': 'Запази',
  'evidence.openFailed': '{name} не можа да се отвори: {message}',
  'evidence.removeFailed': '{name} не е премахнат: {message}',
  'evidence.noApplication':
    '{name} не можа да се отвори: на компютъра няма програма за такъв вид файлове.',
  'evidence.suggestionsFailed': 'Предложеният списък не можа да се зареди.',

  'evidenceStatus.have': 'Имам го',
  'evidenceStatus.missing': 'Още липсва',
  'evidenceStatus.not_applicable': 'Не е нужно',

  'review.heading': 'Преглед и печат',
  'review.checking': 'Проверка на жалбата…',
  'review.checkFailed': 'Жалбата не можа да бъде проверена.',
  'review.ok': 'Всичко, което е нужно за писмото, е попълнено.',
  'review.warnings': 'Заслужава внимание, преди да подадете (писмото може да се създаде и така):',
  'review.warningSource': 'Източник: {source}.',
  'review.warningVerify':
    'Тази дата се основава на правило или календар, които още трябва да се проверят: проверете ги, преди да разчитате на нея.',
  'review.windowClosed': 'срокът за жалба изтече на {date}',
  'review.problems.one': 'Преди да се създаде писмото, поправете {count} забележка:',
  'review.problems.few': 'Преди да се създаде писмото, поправете {count} забележки:',
  'review.problems.many': 'Преди да се създаде писмото, поправете {count} забележки:',
  'review.problems.other': 'Преди да се създаде писмото, поправете {count} забележки:',
  'review.letter': 'Писмото',
  'review.letterLanguage': 'Език на писмото',
  'review.previewLoading': 'Страниците се подготвят…',
  'review.previewUpdating': 'Страниците се обновяват…',
  'review.previewFailed': 'Страниците на писмото не можаха да бъдат подготвени.',
  'review.previewNote':
    'Това са страниците на PDF файла такива, каквито ще бъдат отпечатани. Текстът може да се маркира и копира.',
  'review.page': 'Страница {n} от {total}',
  'review.pageCount.one': '{count} страница',
  'review.pageCount.few': '{count} страници',
  'review.pageCount.many': '{count} страници',
  'review.pageCount.other': '{count} страници',
  'review.options': 'Какво да се отпечата',
  'review.officeCopy': 'Посещение в офис: добави екземпляр за подателя с място за входящ номер',
  'review.officeCopyHint':
    'Добавя втори екземпляр за вас — с място за печат, входящ номер и подпис на служителя.',
  'review.annexes': 'Отпечатай копията на доказателствата след писмото',
  'review.annexesHint':
    'Всяка приложена снимка, екранна снимка или страница от PDF става номерирана страница приложение с името на файла и SHA-256, а в отметката за приемане се посочва броят листове. Файловете от друг вид се изброяват с бележка.',
  'review.readingCopy': 'Добави копие за четене: {language}',
  'review.readingCopyHint':
    'Отпечатва се след писмото; всяка страница е отбелязана като превод за подателя, който не се подава.',
  'review.generate': 'Създай PDF',
  'review.generating': 'Създаване…',
  'review.blocked.one': 'Първо поправете забележката по-горе.',
  'review.blocked.few': 'Първо поправете {count} забележки по-горе.',
  'review.blocked.many': 'Първо поправете {count} забележки по-горе.',
  'review.blocked.other': 'Първо поправете {count} забележки по-горе.',
  'review.generateFailed': 'PDF файлът не можа да бъде създаден.',
  'review.details': 'Подробности: {message}',
  'review.ready': 'Писмото е готово. Отворете го, за да го отпечатате, или запазете копие.',
  'review.letters': 'Писма по тази жалба',
  'review.letterMeta': '{date} · {language}',
  'review.new': 'Ново',
  'review.open': 'Отвори за печат',
  'review.openLabel': 'Отвори {file} за печат',
  'review.saveCopy': 'Запази копие…',
  'review.saveCopyLabel': 'Запази копие на {file}',
  'review.saveTitle': 'Запазване на копие от писмото',
  'review.copySaved': 'Копие на {file} е запазено.',
  'review.actionFailed': 'Не се получи.',

  'letterKind.claim': 'Жалба',
  'letterKind.reminder': 'Напомняне',
  'letterKind.no_answer': 'Липса на мотивиран отговор',
  'letterKind.regulator': 'Жалба до регулатора',
  'letterKind.data_request': 'Искане за лични данни',

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
  'status.printed': 'Отпечатана',
  'status.sent': 'Изпратена',
  'status.answered': 'С отговор',
  'status.resolved': 'Решена',
  'status.escalated': 'Обжалвана',

  'jurisdiction.ru': 'Русия',
  'jurisdiction.bg': 'България',
  'jurisdiction.gb': 'Обединеното кралство',
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
  'error.evidence_unreadable':
    'Файлът не може да се прочете. Проверете дали още съществува и дали имате право да го отваряте.',
  'error.bag_refused': 'Пакетът не е приет и нищо не е записано.',
  'error.file_changed':
    'Файл от преписката е променен, след като е добавен. Първо проверете файловете.',
  'error.evidence_file_missing':
    'Този файл вече го няма в жалбата. Отворете жалбата отново, за да видите записаните файлове.',
  'error.evidence_item_missing':
    'Тази точка вече я няма в записаната жалба. Отворете жалбата отново и опитайте пак.',
  'error.evidence_too_large':
    'Файлът е по-голям от 50 MB. Приложете по-малко копие, например екранна снимка или компресиран PDF.',
  'error.evidence_conflict':
    'В папката на жалбата вече има друг файл със същата контролна сума. Той е оставен непроменен.',
  'error.profile_unreadable':
    'Файлът със запомнените ви данни е повреден, затова е оставен непроменен.',
  'error.letter_not_found': 'Файлът на писмото не е намерен в папката на жалбата.',
  'error.future_date':
    'Тази дата още не е настъпила. Въведете деня, в който това действително е станало.',
  'error.before_claim_letter':
    'Тази дата е преди датата на жалбата: компанията не може да я е получила, преди да е написана.',
  'error.invisible_character':
    'В текста има невидим знак (например интервал с нулева ширина или знак за посока на текста), който не бива да попада в отпечатано писмо. Изтрийте го или въведете текста отново и опитайте пак.',
  'error.unsupported_character':
    'В текста има знак, който шрифтът на писмото не може да отпечата. Заменете го и опитайте отново.',
  'error.not_sent': 'Първо отбележете, че жалбата е подадена.',
  'error.not_answered': 'Първо въведете отговора на компанията.',
  'error.already_answered': 'Компанията вече е отговорила, напомнянето вече не е нужно.',
  'error.not_yet_due': 'Срокът за отговор на компанията още не е изтекъл.',
  'error.bad_request':
    'Прозорецът и ядрото на програмата не се разбраха. Рестартирайте Complaint Desk; ако не помогне, преинсталирайте я.',
  'error.case_too_large':
    'Жалбата стана по-голяма, отколкото може да бъде файлът ѝ (16 MB), и не е записана. Съкратете най-дългите текстове.',
  'error.case_incomplete': 'В жалбата все още липсват данни, нужни за писмото.',
  'error.template': 'Шаблонът на писмото е повреден. Обновете или преинсталирайте Complaint Desk.',
  'error.missing_glyph':
    'В писмото има знак, който шрифтът не може да изобрази. Заменете го и опитайте отново.',
  'error.font': 'Шрифтът на писмото не може да се прочете. Преинсталирайте Complaint Desk.',
  'error.pdf': 'PDF файлът не можа да бъде сглобен.',
  'error.open_failed': 'Писмото не можа да се отвори. Инсталирана ли е програма за преглед на PDF?',
  'error.invalid_date': 'Невалидна дата: напишете я като ДД.ММ.ГГГГ (ден, месец, година).',
  'error.conflict':
    'Жалбата беше променена другаде по същото време (на страницата ѝ или в друг прозорец), затова промените ви още не са добавени към нея. Запишете отново, за да ги добавите към последната версия.',
  'error.internal':
    'Действието неочаквано прекъсна. Опитайте отново, а ако грешката се повтаря, рестартирайте Complaint Desk.',
  'error.unknown_drop': 'Програмата вече не знае за довлечените файлове. Довлачете ги отново.',
  'error.unknown': 'Нещо се обърка.',

  'written.datePattern': 'ДД.ММ.ГГГГ',
  'written.timePattern': 'ЧЧ:ММ',
  'written.not_a_date':
    'Това не е дата: напишете я като ДД.ММ.ГГГГ (ден, месец, година), например 05.11.2026.',
  'written.no_such_date': 'Няма такава дата в календара: проверете деня и месеца (ДД.ММ.ГГГГ).',
  'written.short_year': 'Напишете годината изцяло, с четири цифри: ДД.ММ.ГГГГ.',
  'written.not_a_time':
    'Това не е час: напишете го като ЧЧ:ММ в 24-часов формат, например 09:05 или 14:30.',

  'calendar.open': 'Изберете дата',
  'calendar.dialog': 'Календар',
  'calendar.previousMonth': 'Предишен месец',
  'calendar.nextMonth': 'Следващ месец',
  'calendar.month': 'Месец',
  'calendar.year': 'Година',
  'calendar.notAfter': 'Дата след {date} не може да се избере.',

  'problem.required': 'Полето е задължително.',
  'problem.invalid_date': 'Това не е дата: напишете я като ДД.ММ.ГГГГ.',
  'problem.date_out_of_range': 'Въведете дата между 1900 и 2100 г.',
  'problem.future_date': 'Тази дата е в бъдещето.',
  'problem.before_claim_letter':
    'Тази дата е преди датата на жалбата: компанията не може да я е получила, преди да е написана.',
  'warning.not_official_language':
    'На компаниите в тази държава се пише на официалния ѝ език ({language}); писмо на друг език може да бъде отхвърлено като неразбираемо. Езикът на писмото се сменя на първата стъпка.',
  'warning.claim_window_passed':
    'Срокът, който законът дава за жалба по тези събития, може би е изтекъл: компанията може да откаже, позовавайки се на пропуснатия срок.',
  'problem.invalid_time': 'Въведете часа във формат ЧЧ:ММ.',
  'problem.times_out_of_order':
    'Часовете не са по ред: първо набиране, после отговор, накрая край на разговора.',
  'problem.dates_out_of_order': 'Тази дата е по-ранна от предходната.',
  'problem.invalid_email': 'Невалиден имейл адрес.',
  'problem.invalid_phone': 'Невалиден телефонен номер.',
  'problem.invalid_amount': 'Въведете сума, например 150 или 150,50.',
  'problem.invalid_currency': 'Използвайте трибуквен код на валута, например BGN или EUR.',
  'problem.email_reply_needs_email': 'За да получите отговора по имейл, въведете имейл адреса си.',
  'problem.sms_reply_needs_phone': 'За да получите отговора с SMS, въведете телефонния си номер.',
  'problem.too_long': 'Текстът е твърде дълъг.',
  'problem.control_character':
    'Текстът съдържа невидими управляващи знаци — моля, въведете го отново.',
  'problem.invisible_character':
    'Текстът съдържа невидим знак (например интервал с нулева ширина или знак за посока на писане), който в писмото няма да се отпечата така, както го виждате — моля, въведете текста отново.',
  'problem.invalid_hash': 'Контролната сума на приложения файл е повредена.',
  'problem.reply_days_out_of_range':
    'Въведете в колко дни компанията трябва да отговори: от 1 до 366.',
  'problem.unprintable_character':
    'В текста има знак, който не може да се отпечата в писмото, например емоджи или специален символ. Изтрийте го или го напишете с думи.',
};
