//! Writes a demo letter with every kind of block, in Russian, Bulgarian and English, and times the render.
//!
//! `cargo run --release -p complaint-typeset --example typeset_demo -- /tmp/demo.pdf`, then look at it with
//! `pdftoppm -png -r 60`, `pdftotext`, `pdffonts` and `qpdf --check`.

use std::time::{Duration, Instant};

use complaint_typeset::{
    Align, Block, Document, Fonts, FooterLabel, RenderedPdf, Run, Section, TextLanguage, TypesetError, render,
};

fn paragraph(runs: Vec<Run>) -> Block {
    Block::Paragraph {
        runs,
        align: Align::Justify,
        first_line_indent_mm: 12.5,
        space_before_pt: 0.0,
        keep_with_next: false,
    }
}

fn line(text: &str, align: Align) -> Block {
    Block::Paragraph {
        runs: vec![Run::regular(text)],
        align,
        first_line_indent_mm: 0.0,
        space_before_pt: 0.0,
        keep_with_next: false,
    }
}

fn heading(text: &str) -> Block {
    Block::Paragraph {
        runs: vec![Run::bold(text)],
        align: Align::Left,
        first_line_indent_mm: 0.0,
        space_before_pt: 10.0,
        keep_with_next: true,
    }
}

fn item(label: &str, text: &str) -> Block {
    Block::ListItem { label: label.to_owned(), runs: vec![Run::regular(text)], indent_mm: 7.0, space_before_pt: 2.0 }
}

/// The demo letter: every kind of block, in the order a claim has them.
fn letter() -> Vec<Block> {
    [addressee(), facts(), demands(), attachments(), other_languages(), signature()].concat()
}

/// The addressee, the title and what the claim is about.
fn addressee() -> Vec<Block> {
    vec![
        Block::ListItem {
            label: String::new(),
            runs: vec![Run::regular(
                "Генеральному директору ПАО «Мобильная связь»\nАдрес для претензий: 109147, г. Москва, \
                 ул. Марксистская, д. 4\n\nот Иванова Ивана Ивановича\nабонентский номер +7 916 123-45-67, \
                 лицевой счёт № 4081781009991000431",
            )],
            indent_mm: 85.0,
            space_before_pt: 0.0,
        },
        Block::VSpace { mm: 8.0 },
        Block::Paragraph {
            runs: vec![Run::bold("ПРЕТЕНЗИЯ")],
            align: Align::Center,
            first_line_indent_mm: 0.0,
            space_before_pt: 0.0,
            keep_with_next: true,
        },
        line("о возврате денежных средств, списанных без оснований", Align::Center),
        Block::VSpace { mm: 4.0 },
    ]
}

/// What happened and the law it breaks, with bold and italic runs.
fn facts() -> Vec<Block> {
    vec![
        paragraph(vec![
            Run::regular(
                "15 марта 2026 года с моего лицевого счёта № 4081781009991000431 без моего согласия было списано ",
            ),
            Run::bold("350\u{a0}₽"),
            Run::regular(
                " за подключение платной подписки «Развлекательный контент», которую я никогда не заказывал. \
                Уведомлений о подключении услуги, предусмотренных условиями договора, я не получал; подтверждения \
                через короткий номер не отправлял. Списание продолжалось ежедневно в течение двенадцати дней.",
            ),
        ]),
        paragraph(vec![
            Run::regular(
                "Согласно статье 16 Закона Российской Федерации «О защите прав потребителей» условия, \
                ущемляющие права потребителя, недействительны, а навязывание дополнительных платных услуг запрещено. \
                В соответствии с пунктом 1 статьи 782 Гражданского кодекса потребитель вправе отказаться от исполнения \
                договора об оказании услуг в любое время. ",
            ),
            Run::italic(
                "Обращение в контактный центр 18\u{a0}марта 2026\u{a0}г. (номер обращения 7781-2231) результата не дало:",
            ),
            Run::regular(
                " оператор пообещал перезвонить, но так и не перезвонил. Электронный адрес для ответа: \
                ivan.ivanov.complaints@example-mail-service.ru, реквизиты для перечисления: \
                40817810099910004312408178100999100043124081781009991000431240817810099910004312.",
            ),
        ]),
    ]
}

/// The numbered demands and what follows a refusal.
fn demands() -> Vec<Block> {
    vec![
        heading("На основании изложенного прошу:"),
        item(
            "1.",
            "Отключить все платные подписки и контентные услуги на моём абонентском номере и впредь подключать их только с моего письменного согласия.",
        ),
        item(
            "2.",
            "Вернуть на лицевой счёт незаконно списанные денежные средства в размере 4\u{a0}200\u{a0}₽ в течение десяти дней с момента получения настоящей претензии.",
        ),
        item(
            "3.",
            "Предоставить детализацию начислений за период с 1 по 31 марта 2026 года с указанием наименований подключённых услуг и оснований их подключения.",
        ),
        item(
            "4.",
            "Ответ направить в письменном виде по указанному выше почтовому адресу и на адрес электронной почты.",
        ),
        paragraph(vec![Run::regular(
            "В случае отказа в удовлетворении требований или неполучения ответа в установленный срок я буду вынужден \
             обратиться в территориальный орган Роспотребнадзора и в суд с требованием о взыскании неустойки, \
             компенсации морального вреда и штрафа в размере пятидесяти процентов от присуждённой суммы.",
        )]),
    ]
}

/// The checklist of attachments, ticked and not.
fn attachments() -> Vec<Block> {
    vec![
        heading("Приложения:"),
        Block::CheckItem {
            checked: true,
            runs: vec![Run::regular("Копия договора об оказании услуг связи от 1 февраля 2020 г.")],
        },
        Block::CheckItem {
            checked: true,
            runs: vec![Run::regular("Детализация списаний за март 2026 года (выписка из личного кабинета), 3 листа")],
        },
        Block::CheckItem {
            checked: false,
            runs: vec![Run::regular(
                "Скриншоты переписки со службой поддержки в чате мобильного приложения, подтверждающие обращение",
            )],
        },
    ]
}

/// Bulgarian (with ѝ) and English paragraphs, hyphenated by their own patterns.
fn other_languages() -> Vec<Block> {
    vec![
        heading("Контрольный пример на болгарском языке"),
        Block::Paragraph {
            runs: vec![Run::regular(
                "Уважаеми господин Петров, моля да ѝ предадете настоящото оплакване. Съгласно Закона за защита на \
                 потребителите търговецът е длъжен да отговори писмено в четиринадесетдневен срок. Неправомерно \
                 начислените суми в размер на 120\u{a0}лв. следва да бъдат възстановени по банковата ми сметка.",
            )],
            align: Align::Justify,
            first_line_indent_mm: 12.5,
            space_before_pt: 0.0,
            keep_with_next: false,
        },
        heading("English sample"),
        paragraph(vec![Run::regular(
            "I am writing to complain about the unauthorised subscription charges applied to my account. \
             Notwithstanding repeated telephone conversations with your representatives, the charges were neither \
             reversed nor explained, and the promised callback never materialised. Please refund the full amount \
             and confirm the cancellation in writing.",
        )]),
    ]
}

/// The date, the signature line and the receipt box, kept on one page.
fn signature() -> Vec<Block> {
    vec![
        Block::VSpace { mm: 6.0 },
        Block::KeepTogether(vec![
            line("22 марта 2026 г.", Align::Left),
            Block::VSpace { mm: 10.0 },
            Block::Signature {
                left: vec![Run::regular("Заявитель:")],
                right: vec![Run::regular("____________________ / И.\u{a0}И.\u{a0}Иванов /")],
            },
            Block::Frame {
                caption: vec![Run::italic("Отметка о получении (входящий номер, дата, подпись, печать)")],
                height_mm: 35.0,
            },
        ]),
    ]
}

/// Median render time over 20 runs.
fn time_render(doc: &Document, fonts: &Fonts) -> Result<(Duration, RenderedPdf), TypesetError> {
    let mut pdf = render(doc, fonts)?;
    let mut times = Vec::new();
    for _ in 0..20 {
        let start = Instant::now();
        pdf = render(doc, fonts)?;
        times.push(start.elapsed());
    }
    times.sort();
    Ok((times[times.len() / 2], pdf))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::args().nth(1).unwrap_or_else(|| "typeset-demo.pdf".to_owned());
    let started = Instant::now();
    let fonts = Fonts::bundled()?;
    println!("fonts parsed in {:?}", started.elapsed());
    let footer = FooterLabel { page_of: "Страница {page} из {pages}".to_owned() };
    let mut doc = Document {
        title: "Претензия о возврате денежных средств".to_owned(),
        author: "Иванов Иван Иванович".to_owned(),
        subject: "Претензия".to_owned(),
        creation_date: (2026, 3, 22),
        language: TextLanguage { tag: "ru-RU", cyrillic: *b"ru" },
        sections: vec![Section { header: None, footer_label: footer.clone(), blocks: letter() }],
    };
    let (median, pdf) = time_render(&doc, &fonts)?;
    println!("letter: render median {median:?}, {} pages, {} bytes", pdf.pages, pdf.bytes.len());
    doc.sections.push(Section {
        header: Some("КОПИЯ — экземпляр заявителя".to_owned()),
        footer_label: footer,
        blocks: letter(),
    });
    let (median, pdf) = time_render(&doc, &fonts)?;
    println!("letter and copy: render median {median:?}, {} pages, {} bytes -> {out}", pdf.pages, pdf.bytes.len());
    std::fs::write(&out, &pdf.bytes)?;
    Ok(())
}
