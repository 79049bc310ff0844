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
  'cases.dueOn': 'Ответ до {date}',
  'cases.overdueSince': 'Просрочено с {date}',
  'cases.overdueNotice.one': '{count} жалоба ждёт ответа дольше положенного срока:',
  'cases.overdueNotice.few': '{count} жалобы ждут ответа дольше положенного срока:',
  'cases.overdueNotice.many': '{count} жалоб ждут ответа дольше положенного срока:',
  'cases.overdueNotice.other': '{count} жалобы ждут ответа дольше положенного срока:',

  'case.back': 'К списку жалоб',
  'case.loading': 'Загружаем жалобу…',
  'case.loadFailed': 'Не удалось открыть жалобу.',

  'deadline.heading': 'Срок ответа',
  'deadline.dueLabel': 'Компания должна ответить до',
  'deadline.today': 'Сегодня последний день для ответа',
  'deadline.daysLeft.one': 'Остался {count} день',
  'deadline.daysLeft.few': 'Осталось {count} дня',
  'deadline.daysLeft.many': 'Осталось {count} дней',
  'deadline.daysLeft.other': 'Осталось {count} дня',
  'deadline.overdue': 'Срок истёк',
  'deadline.overdueBy.one': 'Просрочено на {count} день',
  'deadline.overdueBy.few': 'Просрочено на {count} дня',
  'deadline.overdueBy.many': 'Просрочено на {count} дней',
  'deadline.overdueBy.other': 'Просрочено на {count} дня',
  'deadline.basis': 'Основание',
  'deadline.inForceSince': 'Норма действует с {date}',
  'deadline.inForceBetween': 'Норма действовала с {from} по {to}',
  'deadline.countedFrom': 'Срок отсчитывается с {date}',
  'deadline.extended': 'Если компания уведомит о продлении срока — не позднее {date}',
  'deadline.verify': 'Эта дата опирается на норму или календарь, которые стоит перепроверить.',
  'deadline.handedIn': 'Претензия вручена {date}',
  'deadline.registration': 'вх. № {number}',
  'deadline.notSent': 'Срок начнёт идти, когда претензия будет вручена.',
  'deadline.answered': 'Компания ответила {date}.',
  'deadline.none': 'Ответа больше не ждём, срок не идёт.',
  'deadline.failed': 'Не удалось рассчитать срок.',

  'timeline.heading': 'Хронология',
  'timeline.empty': 'Пока нет ни одной записи с датой.',
  'timeline.kind.event': 'Событие',
  'timeline.kind.contact': 'Обращение в компанию',
  'timeline.kind.letter': 'Письмо',
  'timeline.kind.sent': 'Претензия вручена',
  'timeline.kind.due': 'Срок ответа',
  'timeline.kind.answer': 'Получен ответ',

  'caseActions.saving': 'Сохранение…',
  'handIn.heading': 'Отметить как врученную',
  'handIn.intro':
    'Когда компания получит претензию, отметьте это здесь: срок для ответа отсчитывается от этой даты.',
  'handIn.date': 'Дата получения компанией',
  'handIn.method': 'Как вручена',
  'handIn.registration': 'Входящий номер (вх. №)',
  'handIn.registrationHint': 'Как на штампе на вашем экземпляре; оставьте пустым, если номера нет.',
  'handIn.tracking': 'Почтовый идентификатор (трек-номер)',
  'handIn.submit': 'Отметить как врученную',
  'handIn.failed': 'Не удалось отметить претензию как врученную.',
  'handIn.fixDate': 'Проверьте дату: причина указана под ней.',
  'answerForm.heading': 'Записать ответ компании',
  'answerForm.date': 'Дата получения ответа',
  'answerForm.channel': 'Как пришёл ответ',
  'answerForm.summary': 'Что ответила компания',
  'answerForm.outcomes': 'Что компания сделала с каждым требованием',
  'answerForm.demand': 'Требование {number}: {text}',
  'answerForm.objection':
    'Почему вы не согласны с причинами отказа по требованию {number} (повторное письмо ответит на них)',
  'answerForm.noDemands': 'В деле нет требований.',
  'answerForm.submit': 'Записать ответ',
  'answerForm.failed': 'Не удалось записать ответ.',
  'outcome.satisfied': 'Удовлетворено',
  'outcome.refused_with_reasons': 'Отказано с обоснованием',
  'outcome.refused_without_reasons': 'Отказано без обоснования',
  'outcome.not_addressed': 'Не рассмотрено',
  'followUp.heading': 'Следующие письма',
  'followUp.optionsFailed': 'Не удалось проверить, какие письма можно составить.',
  'followUp.blocked.not_sent': 'Доступно после вручения претензии.',
  'followUp.blocked.already_answered': 'Компания уже ответила.',
  'followUp.blocked.not_answered': 'Доступно после записи ответа компании.',
  'followUp.issuing': 'Письмо готовится…',
  'followUp.ready': 'Письмо готово: {file}',
  'followUp.failed': 'Не удалось подготовить письмо.',
  'followUp.openFailed': 'Не удалось открыть письмо.',

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
  'unreadable.not_a_file': 'Файл жалобы — не обычный файл, а {kind}, поэтому он не был прочитан.',
  'unreadable.too_large':
    'Файл жалобы занимает {size} МБ — больше допустимых {limit} МБ, поэтому он не был прочитан.',
  'unreadable.linked_folder':
    'Папка жалобы — это ссылка на другое место на диске, поэтому она не была открыта.',
  'unreadable.bad_name':
    'Имя этой папки не похоже на те, что Complaint Desk даёт жалобам, поэтому она не была открыта.',
  'fileKind.pipe': 'именованный канал',
  'fileKind.socket': 'сокет',
  'fileKind.device': 'устройство',
  'fileKind.link': 'ссылка',
  'fileKind.folder': 'папка',
  'fileKind.special_file': 'особый файл',

  'newCase.incidentRequired': 'Выберите, что случилось.',
  'newCase.jurisdiction': 'Страна, законы которой применяются',
  'newCase.letterLanguage': 'Язык письма',
  'newCase.letterLanguageHint':
    'На этом языке будет составлено письмо; он может отличаться от языка интерфейса.',
  'newCase.companyHint': 'Как в договоре, например ПАО «МТС».',
  'newCase.caseTitleHint': 'Видно в списке жалоб, например «Не зачислен платёж от 12 марта».',

  'case.edit': 'Продолжить заполнение',

  'wizard.newTitle': 'Новая жалоба',
  'wizard.leave': 'К списку жалоб',
  'wizard.leaveKey': 'Esc',
  'wizard.progress': 'Шаги',
  'wizard.stepOf': 'Шаг {n} из {total}',
  'wizard.stepDone': 'готово',
  'wizard.stepProblems.one': '{count} замечание',
  'wizard.stepProblems.few': '{count} замечания',
  'wizard.stepProblems.many': '{count} замечаний',
  'wizard.stepProblems.other': '{count} замечания',
  'wizard.back': 'Назад',
  'wizard.next': 'Далее',
  'wizard.createNext': 'Создать жалобу и продолжить',
  'wizard.creating': 'Создаём…',
  'wizard.createFailed': 'Не удалось создать жалобу.',
  'wizard.done': 'Готово',
  'wizard.loading': 'Загружаем жалобу…',
  'wizard.loadFailed': 'Не удалось открыть жалобу для редактирования.',
  'wizard.callRunning': 'Идёт звонок: {time}',

  'save.saved': 'Сохранено',
  'save.saving': 'Сохраняем…',
  'save.notYet': 'Сохранится, когда вы нажмёте «Далее»',
  'save.failed': 'Не сохранено',
  'save.failedBody':
    'Ваши изменения остаются на странице и сохранятся при следующей правке. {message}',
  'save.retry': 'Сохранить сейчас',
  'save.leaveFailed':
    'Последние изменения не удалось сохранить, поэтому жалоба осталась открытой. Можно попробовать снова или выйти без них.',
  'save.leaveAnyway': 'Выйти без сохранения',

  'step.incident': 'Что случилось',
  'step.company': 'Компания',
  'step.customer': 'Ваши данные',
  'step.events': 'Хронология',
  'step.contacts': 'Обращения',
  'step.demands': 'Требования',
  'step.delivery': 'Ответ и отправка',
  'step.evidence': 'Доказательства',
  'step.review': 'Проверка и печать',

  'incidentStep.heading': 'Что случилось?',
  'incidentStep.intro':
    'Выберите самый близкий вариант: от него зависят следующие вопросы и подсказки.',
  'incidentStep.jurisdictionHint': 'От этого зависят сроки и нормы, на которые ссылается письмо.',

  'incidentAbout.wrong_person_debt':
    'Письмо, звонок или СМС с требованием оплатить чужой долг — на ваш адрес или номер.',
  'incidentAbout.payment_not_credited': 'Вы заплатили или пополнили счёт, а деньги так и не дошли.',
  'incidentAbout.broken_promise':
    'Сотрудник обещал перезвонить, прислать письмо, что-то исправить или сообщить — и не сделал.',
  'incidentAbout.billing_dispute':
    'В счёте лишнее: завышенная сумма, услуга, которой вы не пользовались, или плата после расторжения договора.',
  'incidentAbout.service_outage':
    'Нет связи, интернета или ТВ, или одна и та же неисправность возвращается снова и снова.',
  'incidentAbout.unreachable_support':
    'Бесконечное ожидание на линии, обрывы звонков, бот по кругу или ответы не по существу.',
  'incidentAbout.other': 'Что-то другое — опишете своими словами.',

  'companyStep.heading': 'На какую компанию жалоба?',
  'companyStep.intro': 'Укажите её так, как в договоре или счёте: письмо адресуется ей.',
  'companyStep.known': 'Компании из ваших прошлых жалоб',
  'companyStep.useLabel': 'Выбрать {name}',
  'companyStep.claimsAddressHint':
    'Почтовый адрес для претензий: он есть на сайте компании, в договоре или в счёте.',
  'companyStep.officeHint': 'Куда вы отнесёте письмо, если пойдёте лично.',

  'customerStep.heading': 'Ваши данные',
  'customerStep.intro':
    'Письмо подписывается вашим именем, а ответ компания направит по этим адресам.',
  'customerStep.fullNameHint': 'Как вы подпишете письмо.',
  'customerStep.postalAddressHint': 'С индексом; сюда придёт ответ на бумаге.',
  'customerStep.emailHint': 'Нужен, если хотите получить ответ по электронной почте.',
  'customerStep.phoneHint': 'Нужен, если хотите получить ответ по СМС.',
  'customerStep.accountHint': 'Как в счёте или договоре.',
  'customerStep.accountHintStranger':
    'Вы не их абонент, поэтому поле можно оставить пустым. Номер из уведомления укажите в хронологии, а не здесь.',
  'customerStep.remember': 'Запомнить мои данные для следующих жалоб',
  'customerStep.rememberHint':
    'Хранятся только на этом компьютере и подставятся в вашу следующую жалобу.',
  'customerStep.prefilled': 'Заполнено из сохранённых вами данных.',
  'customerStep.profileFailed': 'Не удалось загрузить сохранённые данные.',
  'customerStep.profileSaveFailed': 'Не удалось запомнить ваши данные.',

  'field.title': 'Краткое название (необязательно)',
  'field.incident': 'Что случилось',
  'field.company.legal_name': 'Юридическое название',
  'field.company.claims_address': 'Адрес для претензий',
  'field.company.office': 'Офис, куда вы пойдёте (необязательно)',
  'field.customer.full_name': 'ФИО',
  'field.customer.postal_address': 'Почтовый адрес',
  'field.customer.phone': 'Телефон',
  'field.customer.email': 'Электронная почта',
  'field.customer.account': 'Лицевой счёт, номер договора или телефона',
  'field.events': 'Хронология',
  'field.events.date': 'Дата',
  'field.events.time': 'Время (необязательно)',
  'field.events.text': 'Что произошло',
  'field.events.amount.value': 'Сумма (необязательно)',
  'field.events.amount.currency': 'Валюта',
  'field.events.reference': 'Номер документа (необязательно)',
  'field.contacts.channel': 'Как',
  'field.contacts.date': 'Дата',
  'field.contacts.dialled': 'Начало',
  'field.contacts.answered': 'Ответили',
  'field.contacts.ended': 'Конец',
  'field.contacts.agent': 'Имя или номер сотрудника',
  'field.contacts.ticket': 'Номер обращения',
  'field.contacts.summary': 'Что сказали или пообещали',
  'field.demands': 'Требования',
  'field.reply_channel': 'Ответ направить',
  'field.delivery': 'Как вы передадите письмо',
  'field.terms.long_distance_or_roaming':
    'Жалоба касается междугородной или международной связи либо роуминга (тогда у оператора 60 дней вместо 30)',
  'field.terms.reply_days': 'Сколько дней у компании на ответ',
  'field.loss_of_service.reported': 'День, когда вы сообщили о неисправности',
  'field.loss_of_service.restored': 'День, когда связь снова заработала',
  'field.loss_of_service.missed_appointments': 'Пропущенный визит инженера',
  'field.loss_of_service.provider_in_scheme':
    'Мой оператор участвует в схеме автоматической компенсации Ofcom',
  'field.evidence.description': 'Описание — так оно попадёт в список приложений',
  'field.evidence.status': 'Есть ли оно у вас?',
  'field.evidence.files': 'Файлы',

  'entry.event': 'Событие {n}',
  'entry.contact': 'Обращение {n}',
  'entry.demand': 'Требование {n}',
  'entry.evidence': 'Доказательство {n}',
  'entry.missedAppointment': 'Пропущенный визит {n}',

  'list.moveUp': 'Переместить выше: {item}',
  'list.moveDown': 'Переместить ниже: {item}',
  'list.remove': 'Удалить: {item}',
  'list.moved': '{item} теперь под номером {position}.',
  'list.removed': '{item}: удалено.',

  'events.heading': 'Что произошло, по порядку',
  'events.intro':
    'Одна запись — один факт с датой, от ранних к поздним. Пишите так, как рассказали бы знакомому: в письмо попадут ваши слова.',
  'events.tipsHeading': 'Что стоит записать',
  'events.add': 'Добавить событие',
  'events.empty': 'Пока пусто. Начните с того, с чего всё началось.',
  'events.tips.wrong_person_debt':
    'Чьё имя в уведомлении, дату и номер уведомления, номер чужого счёта или телефона, когда вы его нашли и как оно было доставлено.',
  'events.tips.payment_not_credited':
    'Дату и время платежа, сумму, номер терминала или транзакции и номер чека.',
  'events.tips.broken_promise':
    'Что пообещали, кто (имя или номер), когда и к какому сроку это должно было произойти.',
  'events.tips.billing_dispute':
    'Срок договора, дату заявления о расторжении и каждую спорную строку каждого счёта с суммой.',
  'events.tips.service_outage':
    'Когда пропала и когда вернулась связь, как часто это повторялось, номера заявок.',
  'events.tips.unreachable_support':
    'Сколько вы ждали на линии, какие звонки обрывались, какие вопросы вам задавали по нескольку раз.',
  'events.tips.other': 'Даты, суммы и номера документов — в том порядке, как всё происходило.',
  'events.textPlaceholder.wrong_person_debt':
    'Например: «Нашёл в почтовом ящике уведомление о долге на имя незнакомого мне Гаврилова С. Н., лицевой счёт № 298417563021».',
  'events.textPlaceholder.payment_not_credited':
    'Например: «Пополнил счёт на 500 ₽ через терминал на вокзале, деньги на баланс не поступили».',
  'events.textPlaceholder.broken_promise':
    'Например: «Сотрудница Анна (№ 4471) обещала перезвонить в течение суток с результатом проверки».',
  'events.textPlaceholder.billing_dispute':
    'Например: «Годовой договор закончился 1 июня, но в счёте за июнь снова начислена абонентская плата».',
  'events.textPlaceholder.service_outage':
    'Например: «В 8:00 пропал интернет, появился только 14 марта в 19:30».',
  'events.textPlaceholder.unreachable_support':
    'Например: «Ждал на линии 40 минут; как только ответил оператор, звонок оборвался».',
  'events.textPlaceholder.other': 'Что произошло в этот день, своими словами.',
  'events.referencePlaceholder.wrong_person_debt': '№ уведомления, № чужого лицевого счёта',
  'events.referencePlaceholder.payment_not_credited': '№ терминала или транзакции, № чека',
  'events.referencePlaceholder.broken_promise': '№ обращения или заявки',
  'events.referencePlaceholder.billing_dispute': '№ счёта, строка',
  'events.referencePlaceholder.service_outage': '№ заявки',
  'events.referencePlaceholder.unreachable_support': '№ обращения или звонка',
  'events.referencePlaceholder.other': '№ чека, уведомления или обращения',

  'loss.heading': 'Автоматическая компенсация за пропажу связи',
  'loss.intro':
    'По схеме автоматической компенсации Ofcom присоединившиеся к ней операторы платят фиксированную сумму за каждый день, когда полная потеря стационарного телефона или интернета не устранена в течение двух полных рабочих дней после вашей заявки, и за каждый пропущенный визит инженера. Укажите даты, и в письме будет названа сумма, которая вам причитается.',
  'loss.schemeHint':
    'Считается только полная потеря связи: совсем нет звонков или совсем нет интернета. Мобильная связь и линии для бизнеса в схему не входят. Ofcom публикует список участвующих операторов.',
  'loss.reportedHint': 'Как в журнале ваших звонков или в заявке у оператора.',
  'loss.restoredHint': 'Оставьте пустым, пока связи всё ещё нет.',
  'loss.appointmentsHeading': 'Пропущенные визиты инженера',
  'loss.appointmentsHint': 'Инженер не пришёл, или визит отменили менее чем за 24 часа.',
  'loss.addAppointment': 'Добавить пропущенный визит',

  'contacts.heading': 'Звонки, чаты и визиты',
  'contacts.intro':
    'Каждое обращение в компанию: когда, сколько вы ждали, кто ответил и что сказал или пообещал.',
  'contacts.add': 'Добавить обращение',
  'contacts.empty': 'Обращений пока нет.',
  'contacts.timer': 'Секундомер звонка',
  'contacts.timerHint': 'Нажимайте кнопки по ходу звонка — время подставится само.',
  'contacts.dialling': 'Звоню',
  'contacts.answeredNow': 'Ответили',
  'contacts.endedNow': 'Закончили',
  'contacts.onHold': 'Ожидание {time}',
  'contacts.heldFor': 'Ждал {time}',
  'contacts.talking': 'разговор {time}',
  'contacts.summaryPlaceholder':
    'Например: «Сотрудник обещал прислать СМС с номером обращения и перезвонить в течение суток».',
  'contacts.held.one': 'Ожидание на линии {count} минута',
  'contacts.held.few': 'Ожидание на линии {count} минуты',
  'contacts.held.many': 'Ожидание на линии {count} минут',
  'contacts.held.other': 'Ожидание на линии {count} минуты',
  'contacts.unanswered.one': 'Не ответили за {count} минуту',
  'contacts.unanswered.few': 'Не ответили за {count} минуты',
  'contacts.unanswered.many': 'Не ответили за {count} минут',
  'contacts.unanswered.other': 'Не ответили за {count} минуты',

  'contactChannel.phone': 'Звонок',
  'contactChannel.chat': 'Чат',
  'contactChannel.email': 'Электронная почта',
  'contactChannel.office': 'Визит в офис',
  'contactChannel.post': 'Письмо по почте',
  'contactChannel.sms': 'СМС',
  'contactChannel.web_form': 'Форма на сайте',
  'contactChannel.other': 'Другое',

  'demands.heading': 'Чего вы требуете?',
  'demands.intro':
    'Одно требование — одна запись, настолько конкретно, чтобы на него можно было ответить «да» или «нет». В письме они пронумерованы в этом порядке.',
  'demands.prefilled':
    'Это обычные требования для такого случая, на языке письма. Измените, переставьте или удалите их.',
  'demands.add': 'Добавить требование',
  'demands.more': 'Ещё подсказки',
  'demands.addSuggestion': 'Добавить',
  'demands.addSuggestionLabel': 'Добавить требование: {text}',
  'demands.suggestionsFailed': 'Не удалось загрузить подсказки.',
  'demands.empty': 'Требований пока нет.',

  'delivery.heading': 'Ответ и письмо',
  'delivery.replyIntro': 'Куда компания должна направить ответ?',
  'delivery.replyNote':
    'В России оператор обязан ответить по электронной почте или СМС, только если об этом просят в претензии, поэтому в письме всегда указано, куда направить ответ.',
  'delivery.deliveryIntro': 'Как письмо попадёт в компанию?',
  'delivery.needsEmail': 'Вы выбрали электронную почту, но не указали свой адрес.',
  'delivery.needsPhone': 'Вы выбрали СМС, но не указали номер телефона.',
  'delivery.enterEmail': 'Указать адрес почты',
  'delivery.enterPhone': 'Указать номер телефона',
  'delivery.termsHeading': 'Срок ответа',
  'delivery.replyDaysHint':
    'Как указано в общих условиях компании. Если оставить пустым, срок — 30 дней.',

  'replyChannel.post': 'Почтой, на мой почтовый адрес',
  'replyChannel.email': 'По электронной почте',
  'replyChannel.sms': 'По СМС',

  'delivery.in_person': 'Лично в офисе',
  'delivery.registered_post': 'Заказным письмом',
  'delivery.email': 'По электронной почте или через форму на сайте',
  'deliveryAbout.in_person':
    'Возьмите два экземпляра. На вашем сотрудник ставит дату, входящий номер и подпись.',
  'deliveryAbout.registered_post':
    'С описью вложения и уведомлением о вручении. Сохраните почтовую квитанцию.',
  'deliveryAbout.email': 'Сохраните подтверждение о получении.',

  'evidence.heading': 'Доказательства',
  'evidence.intro':
    'Отметьте, что у вас есть, чего не хватает и что не нужно. Приложенные файлы копируются в папку жалобы с контрольной суммой SHA-256; оригиналы остаются на месте.',
  'evidence.prefilled': 'Этот список предложен для вашего случая, на языке письма.',
  'evidence.attach': 'Приложить файлы…',
  'evidence.attachLabel': 'Приложить файлы: {item}',
  'evidence.attaching': 'Прикладываем…',
  'evidence.pickTitle': 'Выберите файлы',
  'evidence.dropHint': 'Файлы можно и перетащить с компьютера на нужный пункт.',
  'evidence.dropOnItem': 'Отпустите, чтобы приложить к этому пункту',
  'evidence.dropAnywhere':
    'Отпустите над пунктом, чтобы приложить к нему, или здесь — чтобы добавить новый',
  'evidence.add': 'Добавить пункт',
  'evidence.empty': 'Пунктов пока нет.',
  'evidence.fingerprint': 'SHA-256 {hash}',
  'evidence.imported': 'добавлен {date}',
  'evidence.attachFailed': '{name} не приложен: {message}',
  'evidence.suggestionsFailed': 'Не удалось загрузить предлагаемый список.',

  'evidenceStatus.have': 'Есть',
  'evidenceStatus.missing': 'Пока нет',
  'evidenceStatus.not_applicable': 'Не нужно',

  'review.heading': 'Проверка и печать',
  'review.checking': 'Проверяем жалобу…',
  'review.checkFailed': 'Не удалось проверить жалобу.',
  'review.ok': 'Всё, что нужно для письма, заполнено.',
  'review.warnings': 'Стоит проверить, прежде чем подавать (письмо можно составить и так):',
  'review.warningSource': 'Источник: {source}.',
  'review.warningVerify':
    'Эта дата опирается на правило или календарь, которые ещё нужно проверить: сверьтесь с ними, прежде чем на неё полагаться.',
  'review.windowClosed': 'срок для претензии истёк {date}',
  'review.problems.one': 'Перед тем как составить письмо, исправьте {count} замечание:',
  'review.problems.few': 'Перед тем как составить письмо, исправьте {count} замечания:',
  'review.problems.many': 'Перед тем как составить письмо, исправьте {count} замечаний:',
  'review.problems.other': 'Перед тем как составить письмо, исправьте {count} замечания:',
  'review.letter': 'Письмо',
  'review.letterLanguage': 'Язык письма',
  'review.previewLoading': 'Готовим текст…',
  'review.previewFailed': 'Не удалось подготовить текст письма.',
  'review.previewNote': 'В PDF тот же текст, свёрстанный на листе A4, со строкой для подписи.',
  'review.officeCopy': 'Визит в офис: добавить экземпляр заявителя с отметкой о получении',
  'review.officeCopyHint':
    'Добавляет второй экземпляр для вас — с местом для штампа, входящего номера и подписи сотрудника.',
  'review.readingCopy': 'Добавить копию для чтения: {language}',
  'review.readingCopyHint':
    'Печатается после письма; каждая страница помечена как перевод для заявителя, не для подачи.',
  'review.generate': 'Создать PDF',
  'review.generating': 'Создаём…',
  'review.blocked.one': 'Сначала исправьте замечание выше.',
  'review.blocked.few': 'Сначала исправьте {count} замечания выше.',
  'review.blocked.many': 'Сначала исправьте {count} замечаний выше.',
  'review.blocked.other': 'Сначала исправьте {count} замечания выше.',
  'review.generateFailed': 'Не удалось создать PDF.',
  'review.details': 'Подробности: {message}',
  'review.ready': 'Письмо готово. Откройте его, чтобы распечатать, или сохраните копию.',
  'review.letters': 'Письма по этой жалобе',
  'review.letterMeta': '{date} · {language}',
  'review.new': 'Новое',
  'review.open': 'Открыть для печати',
  'review.openLabel': 'Открыть {file} для печати',
  'review.saveCopy': 'Сохранить копию…',
  'review.saveCopyLabel': 'Сохранить копию {file}',
  'review.saveTitle': 'Сохранить копию письма',
  'review.copySaved': 'Копия {file} сохранена.',
  'review.actionFailed': 'Не получилось.',

  'letterKind.claim': 'Претензия',
  'letterKind.reminder': 'Напоминание',
  'letterKind.no_answer': 'Об отсутствии мотивированного ответа',
  'letterKind.regulator': 'Жалоба в надзорный орган',
  'letterKind.data_request': 'Запрос о персональных данных',

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
  'jurisdiction.gb': 'Великобритания',
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
  'error.no_rule':
    'Для этой страны и даты законный срок ответа неизвестен, поэтому рассчитать его нельзя.',
  'error.unknown_rule':
    'Жалоба ссылается на правило расчёта срока, которого эта версия Complaint Desk не знает. Обновите программу.',
  'error.not_in_force':
    'В день вручения претензии это правило о сроке ещё не действовало или уже не действовало. Проверьте дату.',
  'error.bad_data':
    'Встроенные правила расчёта сроков повреждены. Переустановите или обновите Complaint Desk.',
  'error.out_of_range':
    'От этой даты срок не рассчитать: она выходит за пределы известных Complaint Desk календарей.',
  'error.evidence_unreadable':
    'Не удалось прочитать файл. Проверьте, что он на месте и у вас есть право его открыть.',
  'error.evidence_item_missing':
    'Этого пункта больше нет в сохранённой жалобе. Откройте жалобу заново и попробуйте ещё раз.',
  'error.evidence_too_large':
    'Файл больше 50 МБ. Приложите копию поменьше — например, снимок экрана или сжатый PDF.',
  'error.evidence_conflict':
    'В папке жалобы уже лежит другой файл с той же контрольной суммой. Он оставлен без изменений.',
  'error.profile_unreadable':
    'Файл с сохранёнными данными повреждён, поэтому он оставлен без изменений.',
  'error.letter_not_found': 'Файл письма не найден в папке жалобы.',
  'error.future_date':
    'Эта дата ещё не наступила. Укажите день, когда это произошло на самом деле.',
  'error.before_claim_letter':
    'Эта дата раньше даты претензии: компания не могла получить её раньше, чем она написана.',
  'error.invisible_character':
    'В тексте есть невидимый символ (например, пробел нулевой ширины или знак направления текста), которому не место в печатном письме. Удалите его или наберите текст заново и попробуйте снова.',
  'error.unsupported_character':
    'В тексте есть символ, который шрифт письма не может напечатать. Замените его и попробуйте снова.',
  'error.not_sent': 'Сначала отметьте, что претензия подана.',
  'error.not_answered': 'Сначала внесите ответ компании.',
  'error.already_answered': 'Компания уже ответила, напоминание больше не нужно.',
  'error.bad_request':
    'Окно и ядро программы не поняли друг друга. Перезапустите Complaint Desk; если не поможет, переустановите её.',
  'error.case_too_large':
    'Жалоба стала больше, чем может быть файл жалобы (16 МБ), и не сохранена. Сократите самые длинные тексты.',
  'error.case_incomplete': 'Для письма в жалобе пока не хватает данных.',
  'error.template': 'Шаблон письма повреждён. Обновите или переустановите Complaint Desk.',
  'error.missing_glyph':
    'В письме есть символ, которого нет в шрифте. Замените его и попробуйте снова.',
  'error.font': 'Не удалось прочитать шрифт письма. Переустановите Complaint Desk.',
  'error.pdf': 'Не удалось собрать PDF.',
  'error.open_failed': 'Не удалось открыть письмо. Установлена ли программа для просмотра PDF?',
  'error.invalid_date': 'Неверная дата: напишите её как ДД.ММ.ГГГГ (день, месяц, год).',
  'error.conflict':
    'Жалобу в это же время изменили в другом месте (на её странице или в другом окне), поэтому ваши изменения пока не удалось к ней добавить. Сохраните ещё раз, чтобы добавить их к последней версии.',
  'error.internal':
    'Действие неожиданно прервалось. Попробуйте ещё раз, а если ошибка повторится, перезапустите Complaint Desk.',
  'error.unknown_drop': 'Программа больше не знает о перетащенных файлах. Перетащите их ещё раз.',
  'error.unknown': 'Что-то пошло не так.',

  'written.datePattern': 'ДД.ММ.ГГГГ',
  'written.timePattern': 'ЧЧ:ММ',
  'written.not_a_date':
    'Это не дата: напишите её как ДД.ММ.ГГГГ (день, месяц, год), например 05.11.2026.',
  'written.no_such_date': 'Такой даты нет в календаре: проверьте день и месяц (ДД.ММ.ГГГГ).',
  'written.short_year': 'Напишите год полностью, четырьмя цифрами: ДД.ММ.ГГГГ.',
  'written.not_a_time':
    'Это не время: напишите его как ЧЧ:ММ в 24-часовом формате, например 09:05 или 14:30.',

  'problem.required': 'Обязательное поле.',
  'problem.invalid_date': 'Это не дата: напишите её как ДД.ММ.ГГГГ.',
  'problem.date_out_of_range': 'Укажите дату между 1900 и 2100 годом.',
  'problem.future_date': 'Эта дата ещё не наступила.',
  'problem.before_claim_letter':
    'Эта дата раньше даты претензии: компания не могла получить её раньше, чем она написана.',
  'warning.not_official_language':
    'Компаниям этой страны пишут на официальном языке ({language}); письмо на другом языке могут отклонить как непонятное. Язык письма можно сменить на первом шаге.',
  'warning.claim_window_passed':
    'Срок, который закон даёт для претензии по этим событиям, возможно, истёк: компания может отказать, сославшись на пропуск срока.',
  'problem.invalid_time': 'Укажите время в формате ЧЧ:ММ.',
  'problem.times_out_of_order':
    'Время указано не по порядку: сначала звонок, затем ответ, затем конец разговора.',
  'problem.dates_out_of_order': 'Эта дата раньше предыдущей.',
  'problem.invalid_email': 'Неверный адрес электронной почты.',
  'problem.invalid_phone': 'Неверный номер телефона.',
  'problem.invalid_amount': 'Укажите сумму, например 150 или 150,50.',
  'problem.invalid_currency': 'Укажите трёхбуквенный код валюты, например RUB.',
  'problem.email_reply_needs_email':
    'Чтобы получить ответ по электронной почте, укажите свой адрес.',
  'problem.sms_reply_needs_phone': 'Чтобы получить ответ по СМС, укажите номер телефона.',
  'problem.too_long': 'Слишком длинный текст.',
  'problem.control_character': 'В тексте есть невидимые управляющие символы — наберите его заново.',
  'problem.invisible_character':
    'В тексте есть невидимый символ (например, пробел нулевой ширины или знак направления письма), который в письме напечатается не так, как вы видите, — наберите текст заново.',
  'problem.invalid_hash': 'Повреждена контрольная сумма приложенного файла.',
  'problem.reply_days_out_of_range':
    'Укажите, за сколько дней компания должна ответить: от 1 до 366.',
  'problem.unprintable_character':
    'В тексте есть символ, который нельзя напечатать в письме, например эмодзи или особый значок. Удалите его или напишите словами.',
};
