//! What a reader of the printed letter would check, asserted on the layout and on the PDF.

use std::sync::OnceLock;

use super::layout::{BODY_HEIGHT, BODY_SIZE, Draw, LEFT, MEASURE, Page, TOP, lay_out};
use super::linebreak::{Line, ParagraphSpec, Piece, break_paragraph};
use super::*;

/// Parsing costs a few milliseconds (much more unoptimised): once for all tests.
/// The three languages the tests set text in.
const RU: TextLanguage = TextLanguage { tag: "ru-RU", cyrillic: *b"ru" };
const BG: TextLanguage = TextLanguage { tag: "bg-BG", cyrillic: *b"bg" };
const EN: TextLanguage = TextLanguage { tag: "en-GB", cyrillic: *b"ru" };

fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| Fonts::bundled().expect("the bundled fonts parse"))
}

const RUSSIAN: &str = "Настоящим уведомляю, что пятнадцатого марта две тысячи двадцать шестого года с моего лицевого \
    счёта без какого-либо согласия были списаны денежные средства за подключение платной подписки на развлекательный \
    контент, которую я никогда не заказывал. Уведомлений о подключении услуги, предусмотренных условиями договора, я \
    не получал, подтверждений через короткий номер не отправлял. Согласно статье шестнадцатой Закона о защите прав \
    потребителей условия, ущемляющие права потребителя по сравнению с правилами, установленными законами, признаются \
    недействительными, а навязывание дополнительных платных услуг прямо запрещено. Прошу незамедлительно отключить \
    все платные подписки, вернуть незаконно списанные средства и предоставить подробную детализацию начислений.";

const BULGARIAN: &str = "Уважаеми господин Петров, моля да ѝ предадете настоящото оплакване. Съгласно Закона за \
    защита на потребителите търговецът е длъжен да отговори писмено в четиринадесетдневен срок, а неправомерно \
    начислените суми следва да бъдат възстановени по банковата ми сметка без ненужно забавяне.";

const ENGLISH: &str = "I am writing to complain about the unauthorised subscription charges applied to my account. \
    Notwithstanding repeated telephone conversations with your representatives, the charges were neither reversed \
    nor explained, and the promised callback never materialised. Please refund the full amount, cancel every \
    premium service on my number and confirm the cancellation in writing within the statutory period.";

fn spec<'a>(runs: &'a [Run], measure: f64, align: Align, language: TextLanguage) -> ParagraphSpec<'a> {
    ParagraphSpec { runs, size: BODY_SIZE, measure, first_indent: 0.0, align, language, phrase_breaks: false }
}

fn lines(text: &str, measure: f64, align: Align, language: TextLanguage) -> Vec<Line> {
    let runs = [Run::regular(text)];
    break_paragraph(&spec(&runs, measure, align, language), fonts())
}

/// What a line reads as.
fn line_text(pieces: &[Piece]) -> String {
    crate::linebreak::pieces_text(pieces)
}

fn para(text: &str) -> Block {
    Block::Paragraph {
        runs: vec![Run::regular(text)],
        align: Align::Justify,
        first_line_indent_mm: 0.0,
        space_before_pt: 0.0,
        keep_with_next: false,
    }
}

fn doc(sections: Vec<Section>) -> Document {
    Document {
        title: "Претензия".to_owned(),
        author: "Иванов И. И.".to_owned(),
        subject: "Жалоба".to_owned(),
        creation_date: (2026, 3, 22),
        language: RU,
        sections,
    }
}

fn section(blocks: Vec<Block>) -> Section {
    Section { header: None, footer_label: FooterLabel { page_of: "{page}/{pages}".to_owned() }, blocks }
}

/// The body lines of each page (header and footer left out), as text.
fn body_lines(pages: &[Page]) -> Vec<Vec<String>> {
    pages
        .iter()
        .map(|page| {
            page.draws
                .iter()
                .filter_map(|draw| match draw {
                    Draw::Text { y, pieces, .. } if *y > TOP && *y < TOP + BODY_HEIGHT => Some(line_text(pieces)),
                    _ => None,
                })
                .collect()
        })
        .collect()
}

/// Every text drawn on a page, header and footer included.
fn all_text(page: &Page) -> Vec<String> {
    page.draws
        .iter()
        .filter_map(|draw| match draw {
            Draw::Text { pieces, .. } => Some(line_text(pieces)),
            _ => None,
        })
        .collect()
}

fn filler(count: usize) -> Vec<Block> {
    (0..count).map(|i| para(&format!("Строка заполнения номер {i}."))).collect()
}

#[test]
fn wrapping_never_exceeds_the_measure() {
    for (text, language) in [(RUSSIAN, RU), (BULGARIAN, BG), (ENGLISH, EN)] {
        for align in [Align::Justify, Align::Left, Align::Right, Align::Center] {
            for measure in [120.0, 200.0, 333.3, MEASURE] {
                for line in lines(text, measure, align, language) {
                    let right = line.x + line.width();
                    assert!(
                        line.x >= -1e-9 && right <= measure + 0.01,
                        "{right} > {measure}: {:?}",
                        line_text(&line.pieces)
                    );
                }
            }
        }
    }
}

#[test]
fn justified_lines_end_exactly_at_the_right_margin() {
    for (text, language) in [(RUSSIAN, RU), (BULGARIAN, BG), (ENGLISH, EN)] {
        let set = lines(text, MEASURE, Align::Justify, language);
        assert!(set.len() >= 3);
        for line in &set[..set.len() - 1] {
            assert!((line.x + line.width() - MEASURE).abs() < 0.01, "{}", line_text(&line.pieces));
        }
        let last = &set[set.len() - 1];
        assert!(last.width() < MEASURE, "the last line is flush left, not stretched");
        assert!(last.pieces.iter().all(|p| !matches!(p, Piece::Space { natural, width, .. } if width != natural)));
    }
}

#[test]
fn no_space_stretches_past_twice_its_width_when_there_are_alternatives() {
    for (text, language) in [(RUSSIAN, RU), (BULGARIAN, BG), (ENGLISH, EN)] {
        // The letter's column and a list item's (the narrowest measures where every sample can be set so).
        for measure in [MEASURE - 20.0, MEASURE] {
            let set = lines(text, measure, Align::Justify, language);
            for line in &set[..set.len() - 1] {
                assert!((line.x + line.width() - measure).abs() < 0.01, "a line was left short at {measure}");
                for piece in &line.pieces {
                    if let Piece::Space { natural, width, .. } = piece {
                        // Letter-spacing follows every glyph, spaces too: it is not the space's stretch.
                        let spaces = width - line.tracking;
                        assert!(spaces <= 2.0 * natural + 1e-9, "{width} vs {natural}: {}", line_text(&line.pieces));
                    }
                }
            }
        }
    }
}

#[test]
fn lines_the_spaces_cannot_fill_are_letter_spaced_and_only_unfillable_ones_set_ragged() {
    let cap = TRACKING_LIMIT * BODY_SIZE;
    let (mut tracked, mut ragged) = (0, 0);
    for (text, language) in [(RUSSIAN, RU), (ENGLISH, EN), (SPACED, RU)] {
        for measure in [200.0, 260.0, 380.0] {
            let set = lines(text, measure, Align::Justify, language);
            for line in &set[..set.len() - 1] {
                let text = line_text(&line.pieces);
                for piece in &line.pieces {
                    if let Piece::Space { natural, width, .. } = piece {
                        // Never past twice their width; a ragged line's as they are.
                        let spaces = width - line.tracking;
                        assert!(spaces <= 2.0 * natural + 1e-9, "{spaces} vs {natural}: {text}");
                        assert!(!line.ragged || (width - natural).abs() < 1e-9, "{text}");
                    }
                }
                if line.ragged {
                    ragged += 1;
                    assert!(line.x == 0.0 && line.tracking == 0.0 && line.width() < measure, "{text}");
                } else {
                    assert!((line.x + line.width() - measure).abs() < 0.01, "short: {text}");
                    assert!(line.tracking <= cap + 1e-9);
                    tracked += usize::from(line.tracking > 0.0);
                }
            }
        }
    }
    assert!(tracked > 0, "narrow columns need letter-spacing somewhere");
    assert!(ragged > 0, "a line before a name that does not fit it is set ragged");
}

#[test]
fn a_company_name_never_parts_the_line_before_it_is_set_ragged_instead() {
    let mut ragged = 0;
    for (measure, set) in at_every_measure(SPACED, 380.0, Align::Justify) {
        let texts: Vec<String> = set.iter().map(|line| line_text(&line.pieces)).collect();
        assert!(texts.iter().any(|line| line.contains("ПАО «Мобильные ТелеСистемы»")), "{measure}: {texts:#?}");
        ragged += set.iter().filter(|line| line.ragged).count();
    }
    assert!(ragged > 0);
}

#[test]
fn a_fill_in_blank_goes_on_in_the_next_line() {
    let text = "Паспорт: серия ________ № ______________, выдан ____________________________________________________, \
        дата выдачи ______________.";
    let set = lines(text, MEASURE, Align::Justify, RU);
    assert_eq!(set[0].end, LineEnd::Split, "{}", line_text(&set[0].pieces));
    assert!(line_text(&set[0].pieces).ends_with("____") && line_text(&set[1].pieces).starts_with("____"));
    assert!((set[0].width() - MEASURE).abs() < 0.01);
}

#[test]
fn a_long_russian_paragraph_hyphenates_and_keeps_the_word() {
    let set = lines(RUSSIAN, 260.0, Align::Justify, RU);
    let texts: Vec<String> = set.iter().map(|line| line_text(&line.pieces)).collect();
    let hyphenated: Vec<usize> = (0..texts.len() - 1).filter(|&i| texts[i].ends_with('-')).collect();
    assert!(!hyphenated.is_empty(), "{texts:#?}");
    // Taking the hyphens and spaces out gives the words back, in order.
    let strip = |text: &str| text.chars().filter(|c| !c.is_whitespace() && *c != '-').collect::<String>();
    assert_eq!(strip(&texts.concat()), strip(RUSSIAN));
}

#[test]
fn abbreviations_numbers_and_addresses_are_not_hyphenated() {
    let text = "ПРЕДСТАВИТЕЛЬСТВО ПРЕДСТАВИТЕЛЬСТВО 40817810099910004312 ivan.ivanovich@example.com \
        ПРЕДСТАВИТЕЛЬСТВО 40817810099910004312 ivan.ivanovich@example.com ПРЕДСТАВИТЕЛЬСТВО 916-123-45-67 \
        ПРЕДСТАВИТЕЛЬСТВО 916-123-45-67";
    for measure in [180.0, 200.0, 230.0, 260.0] {
        for line in lines(text, measure, Align::Justify, RU) {
            let text = line_text(&line.pieces);
            assert!(!text.ends_with('-'), "hyphenated: {text}");
        }
    }
}

#[test]
fn no_break_spaces_hold() {
    let text = "Списано 350\u{a0}₽ по договору №\u{a0}123 в г.\u{a0}Москва; списано 350\u{a0}₽ по договору №\u{a0}123 в \
        г.\u{a0}Москва; списано 350\u{a0}₽ по договору №\u{a0}123 в г.\u{a0}Москва.";
    for step in 0..60 {
        let measure = 120.0 + f64::from(step) * 4.0;
        for align in [Align::Justify, Align::Left] {
            for line in lines(text, measure, align, RU) {
                let text = line_text(&line.pieces);
                assert!(!text.starts_with('₽') && !text.starts_with("123") && !text.starts_with("Москва"), "{text}");
                assert!(!text.ends_with("350") && !text.ends_with('№') && !text.ends_with("г."), "{text}");
            }
        }
    }
}

#[test]
fn numbers_abbreviations_and_one_letter_words_stay_with_their_neighbours() {
    let text = "Подано 14.03.2016 г. на сумму 1842,37 ₽ и 25,00 лв., ожидание 8 мин., документ № 4521 и § 12 \
        договора; повторно 15.03.2016 г. на сумму 1842,37 ₽ и 25,00 лв., ожидание 8 мин., документ № 4521 \
        по адресу г. Москва, ул. Марксистская, д. 4 и г. Краснодар.";
    for step in 0..80 {
        let measure = 160.0 + f64::from(step) * 4.0;
        let texts: Vec<String> =
            lines(text, measure, Align::Justify, RU).iter().map(|line| line_text(&line.pieces)).collect();
        for pair in texts.windows(2) {
            let (end, start) = (&pair[0], &pair[1]);
            if end.ends_with(|c: char| c.is_ascii_digit()) {
                assert!(!["г.", "₽", "лв.", "мин."].iter().any(|unit| start.starts_with(unit)), "{measure}: {pair:?}");
            }
            assert!(!end.ends_with('№') && !end.ends_with('§'), "{measure}: {pair:?}");
            // "г." after a year is its unit and may end a line; before a name ("г. Москва") it holds.
            let year = end.strip_suffix(" г.").is_some_and(|rest| rest.ends_with(|c: char| c.is_ascii_digit()));
            assert!(!end.ends_with(" и") && !end.ends_with(" ул."), "{measure}: {pair:?}");
            assert!(!end.ends_with(" г.") || year, "{measure}: {pair:?}");
        }
    }
}

#[test]
fn a_dash_never_starts_a_line() {
    let text = "Ожидание на линии — восемь минут, ответ — отказ; звонок — 14.03.2016 — повторно — без ответа.";
    for step in 0..80 {
        let measure = 80.0 + f64::from(step) * 4.0;
        for align in [Align::Justify, Align::Left] {
            for line in lines(text, measure, align, RU) {
                assert!(!line_text(&line.pieces).starts_with('—'), "{measure}: {}", line_text(&line.pieces));
            }
        }
    }
}

#[test]
fn forced_line_breaks_and_mixed_faces() {
    let runs = [Run::regular("Первая строка\nвторая "), Run::bold("жирно"), Run::italic(" курсивом")];
    let set = break_paragraph(&spec(&runs, MEASURE, Align::Justify, RU), fonts());
    assert_eq!(
        set.iter().map(|l| line_text(&l.pieces)).collect::<Vec<_>>(),
        ["Первая строка", "вторая жирно курсивом"]
    );
    let styles: Vec<Style> = set[1]
        .pieces
        .iter()
        .filter_map(|p| match p {
            Piece::Text { style, .. } => Some(*style),
            _ => None,
        })
        .collect();
    assert_eq!(styles, [Style::Regular, Style::Bold, Style::Italic]);
}

#[test]
fn soft_hyphens_and_zero_width_spaces_are_break_points_that_draw_nothing() {
    let text = "Прошу\u{ad}вернуть\u{ad}деньги\u{ad}немедленно http://example.ru/\u{200b}claims/\u{200b}2026";
    let set = lines(text, 75.0, Align::Left, RU);
    let texts: Vec<String> = set.iter().map(|line| line_text(&line.pieces)).collect();
    assert_eq!(texts, ["Прошу-", "вернуть-", "деньги-", "немедленно", "http://", "example.ru/", "claims/2026"]);
    assert!(set.iter().all(|line| line.x + line.width() <= 75.01));
}

#[test]
fn a_document_without_sections_is_refused() {
    assert!(matches!(render(&doc(Vec::new()), fonts()), Err(TypesetError::Pdf(_))));
    assert!(matches!(page_count(&doc(Vec::new()), fonts()), Err(TypesetError::Pdf(_))));
}

#[test]
fn a_heading_never_ends_a_page() {
    for count in 0..60 {
        let mut blocks = filler(count);
        blocks.push(Block::Paragraph {
            runs: vec![Run::bold("ЗАГОЛОВОК РАЗДЕЛА")],
            align: Align::Left,
            first_line_indent_mm: 0.0,
            space_before_pt: 10.0,
            keep_with_next: true,
        });
        blocks.push(para(RUSSIAN));
        let pages = lay_out(&doc(vec![section(blocks)]), fonts());
        for page in body_lines(&pages) {
            if let Some(at) = page.iter().position(|line| line == "ЗАГОЛОВОК РАЗДЕЛА") {
                assert!(page.len() >= at + 3, "heading with fewer than two lines after it ({count} fillers)");
            }
        }
    }
}

#[test]
fn keep_together_moves_whole() {
    for count in 0..60 {
        let mut blocks = filler(count);
        blocks.push(Block::KeepTogether(vec![
            para("Подпись: дата"),
            Block::VSpace { mm: 10.0 },
            para("Подпись: заявитель"),
            Block::Frame {
                caption: vec![Run::italic("Подпись: отметка о получении")], height_mm: 40.0
            },
        ]));
        let pages = lay_out(&doc(vec![section(blocks)]), fonts());
        let holding: Vec<usize> = pages
            .iter()
            .enumerate()
            .filter(|(_, page)| all_text(page).iter().any(|t| t.starts_with("Подпись")))
            .map(|(i, _)| i)
            .collect();
        assert_eq!(holding.len(), 1, "the signature block was split ({count} fillers)");
        let page = &pages[holding[0]];
        assert_eq!(all_text(page).iter().filter(|t| t.starts_with("Подпись")).count(), 3);
        assert!(page.draws.iter().any(|d| matches!(d, Draw::Rect { height, .. } if *height > 100.0)));
    }
}

#[test]
fn no_single_widow_or_orphan_lines() {
    let long = format!("{RUSSIAN} {RUSSIAN}");
    let total = lines(&long, MEASURE, Align::Justify, RU).len();
    assert!(total >= 8);
    for count in 0..60 {
        let mut blocks = filler(count);
        blocks.push(para(&long));
        let pages = lay_out(&doc(vec![section(blocks)]), fonts());
        let per_page: Vec<usize> = body_lines(&pages)
            .iter()
            .map(|page| page.iter().filter(|line| !line.starts_with("Строка заполнения")).count())
            .filter(|&n| n > 0)
            .collect();
        assert_eq!(per_page.iter().sum::<usize>(), total);
        assert!(per_page.iter().all(|&n| n >= 2), "{per_page:?} ({count} fillers)");
    }
}

#[test]
fn nothing_leaves_the_text_column() {
    let mut blocks = filler(30);
    blocks.push(para(RUSSIAN));
    blocks.push(Block::ListItem {
        label: "10)".to_owned(),
        runs: vec![Run::regular(ENGLISH)],
        indent_mm: 3.0,
        space_before_pt: 2.0,
    });
    blocks.push(Block::CheckItem { checked: true, runs: vec![Run::regular(BULGARIAN)] });
    blocks.push(Block::Frame { caption: vec![Run::italic(ENGLISH)], height_mm: 20.0 });
    let pages = lay_out(&doc(vec![section(blocks)]), fonts());
    for page in &pages {
        for draw in &page.draws {
            match draw {
                Draw::Text { x, pieces, .. } => {
                    let right = x + pieces.iter().map(Piece::width).sum::<f64>();
                    assert!(*x >= LEFT - 1e-6 && right <= LEFT + MEASURE + 0.01, "{}", line_text(pieces));
                }
                Draw::Rect { x, width, y, height, .. } | Draw::Embed { x, width, y, height, .. } => {
                    assert!(*x >= LEFT - 1e-6 && x + width <= LEFT + MEASURE + 0.01);
                    assert!(*y >= TOP - 1e-6 && y + height <= TOP + BODY_HEIGHT + 0.01);
                }
                Draw::Path { .. } => {}
            }
        }
    }
}

#[test]
fn missing_glyphs_are_errors_not_boxes() {
    for (bad, style) in [
        ('\u{1F600}', Style::Regular),
        ('\u{05D0}', Style::Bold),
        ('\u{0590}', Style::Italic),
        ('\u{7}', Style::Regular),
    ] {
        let text = format!("Прошу вернуть деньги {bad} немедленно");
        let blocks =
            vec![Block::KeepTogether(vec![Block::CheckItem { checked: false, runs: vec![Run { text, style }] }])];
        match render(&doc(vec![section(blocks)]), fonts()) {
            Err(TypesetError::MissingGlyph { ch, text_excerpt }) => {
                assert_eq!(ch, bad);
                assert!(text_excerpt.contains("вернуть деньги"));
            }
            other => panic!("expected MissingGlyph for {bad:?}, got {other:?}"),
        }
    }
    assert_eq!(fonts().missing_char(Style::Regular, "ѝ № ₽ «» — \u{a0}\u{202f}\u{ad}\n\t"), None);
    let header = Section { header: Some("COPY \u{1F600}".to_owned()), ..section(vec![para("x")]) };
    assert!(matches!(render(&doc(vec![header]), fonts()), Err(e) if e.code() == "missing_glyph"));
}

#[test]
fn the_same_document_gives_the_same_bytes() {
    let blocks = vec![para(RUSSIAN), Block::CheckItem { checked: true, runs: vec![Run::bold(BULGARIAN)] }];
    let letter = doc(vec![section(blocks.clone()), section(blocks)]);
    let first = render(&letter, fonts()).expect("renders");
    let second = render(&letter, fonts()).expect("renders");
    assert_eq!(first, second);
    let mut other = letter.clone();
    other.title.push('!');
    assert_ne!(render(&other, fonts()).expect("renders").bytes, first.bytes);
}

#[test]
fn pages_are_numbered_per_section_only_when_it_has_several() {
    let mut long = vec![para(RUSSIAN)];
    long.extend(filler(70));
    let mut copy = section(vec![para(ENGLISH)]);
    copy.header = Some("COPY — applicant's copy".to_owned());
    let letter = doc(vec![section(long), copy]);
    let pages = lay_out(&letter, fonts());
    assert_eq!(pages.len(), 3);
    assert!(all_text(&pages[0]).contains(&"1/2".to_owned()));
    assert!(all_text(&pages[1]).contains(&"2/2".to_owned()));
    let last = all_text(&pages[2]);
    assert!(!last.iter().any(|t| t.contains('/') && t.len() < 6), "{last:?}");
    assert!(last.contains(&"COPY — applicant's copy".to_owned()));
    assert!(!all_text(&pages[0]).iter().any(|t| t.starts_with("COPY")));
    assert_eq!(render(&letter, fonts()).expect("renders").pages, 3);
    assert_eq!(page_count(&letter, fonts()).expect("lays out"), 3);
}

#[test]
fn a_100_kb_word_breaks_between_characters_within_the_margins() {
    let word = "4081781009991000431Ж".repeat(5_000);
    assert!(word.len() >= 100_000);
    let runs = [Run::regular(&word)];
    for align in [Align::Justify, Align::Left] {
        let set = break_paragraph(&spec(&runs, MEASURE, align, RU), fonts());
        assert!(set.len() > 100);
        assert!(set.iter().all(|line| line.x + line.width() <= MEASURE + 0.01));
        assert_eq!(set.iter().map(|line| line_text(&line.pieces)).collect::<String>(), word);
    }
    let letter = doc(vec![section(vec![Block::Paragraph {
        runs: runs.to_vec(),
        align: Align::Justify,
        first_line_indent_mm: 12.5,
        space_before_pt: 0.0,
        keep_with_next: false,
    }])]);
    let pdf = render(&letter, fonts()).expect("renders");
    assert!(pdf.pages > 10);
}

#[test]
fn unused_faces_are_not_embedded() {
    let pdf = render(&doc(vec![section(vec![para(RUSSIAN)])]), fonts()).expect("renders");
    let has = |name: &[u8]| pdf.bytes.windows(name.len()).any(|w| w == name);
    assert!(has(b"NotoSerif-Regular"));
    assert!(!has(b"NotoSerif-Bold") && !has(b"NotoSerif-Italic"));
    assert!(has(b"/Lang"));
}

#[test]
fn invalid_creation_dates_are_refused() {
    let mut letter = doc(vec![section(vec![para("x")])]);
    letter.creation_date = (2026, 2, 30);
    assert!(matches!(render(&letter, fonts()), Err(TypesetError::Pdf(_))));
}

/// A paragraph whose first line, before a company's name that cannot break, nothing can fill at some widths.
const SPACED: &str = "Являюсь абонентом (пользователем услуг) ПАО «Мобильные ТелеСистемы» (ПАО «МТС»). Моя претензия \
    не рассмотрена компанией по существу.";

/// Text extraction with poppler, as the clerk's search would do it (skipped where poppler is not installed).
#[test]
fn text_extracts_in_order_with_correct_unicode() {
    let blocks = vec![
        para("Прошу вернуть 350\u{a0}₽ по счёту №\u{a0}123."),
        para("Моля да ѝ предадете оплакването."),
        // Its first line is letter-spaced: the words still come out whole.
        para(SPACED),
        Block::Paragraph {
            runs: vec![Run::regular("Plain, "), Run::bold("bold"), Run::regular(" and "), Run::italic("italic.")],
            align: Align::Left,
            first_line_indent_mm: 0.0,
            space_before_pt: 0.0,
            keep_with_next: false,
        },
    ];
    let pdf = render(&doc(vec![section(blocks)]), fonts()).expect("renders");
    let dir = std::env::temp_dir().join(format!("typeset-extract-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("letter.pdf");
    std::fs::write(&file, &pdf.bytes).expect("write");
    let Ok(output) = std::process::Command::new("pdftotext").arg(&file).arg("-").output() else {
        eprintln!("pdftotext is not installed: extraction not checked");
        return;
    };
    std::fs::remove_dir_all(&dir).ok();
    let text = String::from_utf8(output.stdout).expect("utf-8");
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("Прошу вернуть 350 ₽ по счёту № 123."), "{flat}");
    assert!(flat.contains("Моля да ѝ предадете оплакването."), "{flat}");
    assert!(flat.contains("Plain, bold and italic."), "{flat}");
    assert!(flat.contains(&SPACED.replace("Мобильные ТелеСистемы", "Мобильные\nТелеСистемы").replace('\n', " ")));
}

#[test]
fn a_signature_line_puts_its_parts_at_both_margins() {
    let short = Block::Signature {
        left: vec![Run::regular("22.03.2026")],
        right: vec![Run::regular("________ / И. И. Иванов /")],
    };
    let long = Block::Signature { left: vec![Run::regular(ENGLISH)], right: vec![Run::bold("И. И. Иванов")] };
    let pages = lay_out(&doc(vec![section(vec![short, long])]), fonts());
    let texts: Vec<(f64, f64, f64, String)> = pages[0]
        .draws
        .iter()
        .filter_map(|draw| match draw {
            Draw::Text { x, y, pieces, .. } => {
                Some((*x, *y, x + pieces.iter().map(Piece::width).sum::<f64>(), line_text(pieces)))
            }
            _ => None,
        })
        .collect();
    let (date, name) = (&texts[0], &texts[1]);
    assert_eq!(date.1, name.1, "side by side on one line");
    assert!((date.0 - LEFT).abs() < 1e-6 && (name.2 - LEFT - MEASURE).abs() < 0.01);
    let last = texts.last().expect("the long signature's name");
    assert_eq!(last.3, "И. И. Иванов");
    assert!(last.1 > texts[texts.len() - 2].1, "on a line of its own below the long text");
}

#[test]
fn fonts_can_be_shared_between_threads() {
    fn shared<T: Send + Sync>() {}
    shared::<Fonts>();
}

#[test]
fn an_unlabelled_list_item_is_an_indented_flush_left_column() {
    let address = "ПАО «Мобильные ТелеСистемы» (ПАО «МТС»)\n109147, г. Москва, ул. Марксистская, д. 4, корпус 1, \
        подъезд 2, этаж 3";
    let blocks = vec![Block::ListItem {
        label: String::new(),
        runs: vec![Run::regular(address)],
        indent_mm: 85.0,
        space_before_pt: 0.0,
    }];
    let pages = lay_out(&doc(vec![section(blocks)]), fonts());
    let lines: Vec<(f64, &Vec<Piece>)> = pages[0]
        .draws
        .iter()
        .filter_map(|draw| match draw {
            Draw::Text { x, pieces, .. } if !pieces.is_empty() => Some((*x, pieces)),
            _ => None,
        })
        .collect();
    assert!(lines.len() >= 3);
    for (x, pieces) in lines {
        assert!((x - LEFT - super::layout::mm(85.0)).abs() < 1e-6);
        assert!(pieces.iter().all(|p| !matches!(p, Piece::Space { natural, width, .. } if width != natural)));
    }
}

/// The line texts of `text` broken at every measure from `from` in steps of 3 pt, with `align`.
fn at_every_measure(text: &str, from: f64, align: Align) -> Vec<(f64, Vec<Line>)> {
    (0..90).map(|step| from + f64::from(step) * 3.0).map(|m| (m, lines(text, m, align, RU))).collect()
}

#[test]
fn what_must_not_break_is_recognised_in_typed_text() {
    // Written with ordinary spaces and hyphens, as a customer types it.
    let items = [
        "a.bulatov-krd@yandex.ru",
        "https://moskva.mts.ru/personal",
        "+7 918 417-23-56",
        "16-03/КР-048215",
        "№ 298417563021",
        "1 842,37 ₽",
        "60 дней",
        "А. И. Булатов",
        "Гаврилова С. Н.",
        "ПАО «Мобильные ТелеСистемы»",
        "„Мобилтел“ ЕАД",
        "ЧАО «МТС Украина»",
        "Vodafone Ltd",
        "статьи 12",
        "(статья 29",
        "статті 20",
        "чл. 55",
    ];
    let text = format!("Сведения по делу: {}; прочее.", items.join(" и далее "));
    let whole: Vec<String> = items.iter().map(|item| item.replace(' ', "")).collect();
    for align in [Align::Justify, Align::Left] {
        // From the width of the longest item up.
        for (measure, set) in at_every_measure(&text, 200.0, align) {
            let texts: Vec<String> = set.iter().map(|line| line.text().replace(' ', "")).collect();
            for (item, original) in whole.iter().zip(items) {
                assert!(
                    texts.iter().any(|line| line.contains(item.as_str())),
                    "{original} broken at {measure} ({align:?}): {texts:#?}"
                );
            }
        }
    }
}

#[test]
fn a_word_of_four_letters_is_never_hyphenated() {
    let text = "Была тема мала, жила рама мыла сила вода нота пила; мама била рыба сама тоже зима луна вина.";
    for (measure, set) in at_every_measure(text, 60.0, Align::Justify) {
        for line in &set {
            assert!(line.end != LineEnd::Hyphen, "{measure}: {}", line_text(&line.pieces));
        }
    }
}

#[test]
fn an_address_column_breaks_after_commas() {
    let address = "108811, г. Москва, п. Московский, Киевское шоссе, 22-й км, домовладение 6, стр. 1";
    let runs = [Run::regular(address)];
    for step in 0..40 {
        let measure = 150.0 + f64::from(step) * 4.0;
        let spec = ParagraphSpec { phrase_breaks: true, ..spec(&runs, measure, Align::Left, RU) };
        let set = break_paragraph(&spec, fonts());
        for line in &set[..set.len() - 1] {
            assert!(line.text().ends_with(','), "{measure}: {:?}", set.iter().map(Line::text).collect::<Vec<_>>());
        }
    }
}

#[test]
fn no_runt_and_no_centred_heading_ending_in_one_word() {
    let paragraph = "Прошу рассмотреть претензию и ответить на неё письменно по адресу: г. Москва, ул. Марксистская, д. 4, \
        кв. 56).";
    let heading =
        "в порядке статьи 55 Федерального закона «О связи» и статьи 14 Федерального закона «О персональных данных»";
    for (text, align) in [(paragraph, Align::Justify), (paragraph, Align::Left), (heading, Align::Center)] {
        for (measure, set) in at_every_measure(text, 160.0, align) {
            let last = set.last().expect("a line").text();
            if set.len() > 1 {
                let visible = last.chars().filter(|c| !c.is_whitespace()).count();
                assert!(visible >= protect::RUNT_MIN_CHARS, "runt at {measure}: {last:?}");
                if align == Align::Center {
                    assert!(last.trim().contains(' '), "one word at {measure}: {last:?}");
                }
            }
        }
    }
}

#[test]
fn no_word_runs_on_over_a_page_break() {
    let long = format!("{RUSSIAN} {RUSSIAN} {RUSSIAN}");
    for count in 0..60 {
        let mut blocks = filler(count);
        blocks.push(para(&long));
        let letter = doc(vec![section(blocks)]);
        let laid = proof(&letter, fonts()).expect("lays out").lines;
        for pair in laid.windows(2) {
            if pair[0].page != pair[1].page && pair[0].block == pair[1].block {
                assert!(matches!(pair[0].end, LineEnd::Space | LineEnd::End), "{count}: {:?}", pair[0].text);
            }
        }
    }
}

#[test]
fn a_list_never_leaves_one_item_alone_on_a_page() {
    let item = |n: usize| Block::ListItem {
        label: format!("{n}."),
        runs: vec![Run::regular(ENGLISH)],
        indent_mm: 8.0,
        space_before_pt: 2.0,
    };
    for items in [2, 3, 5] {
        for count in 0..60 {
            let mut blocks = filler(count);
            blocks.extend((1..=items).map(item));
            blocks.push(para("После списка."));
            let laid = proof(&doc(vec![section(blocks)]), fonts()).expect("lays out").lines;
            let mut per_page: std::collections::BTreeMap<usize, std::collections::BTreeSet<usize>> =
                std::collections::BTreeMap::new();
            for line in &laid {
                if let Some(place) = line.list {
                    per_page.entry(line.page).or_default().insert(place.item);
                }
            }
            let total: usize = per_page.values().map(std::collections::BTreeSet::len).sum();
            assert!(total >= items, "every item is in the proof");
            if per_page.len() > 1 {
                assert!(per_page.values().all(|on| on.len() >= 2), "{items} items, {count} fillers: {per_page:?}");
            }
        }
    }
}

#[test]
fn the_signed_page_carries_the_end_of_the_text_it_signs() {
    let item = |n: usize| Block::ListItem {
        label: format!("{n}."),
        runs: vec![Run::regular("Copy of my complaint")],
        indent_mm: 8.0,
        space_before_pt: 0.0,
    };
    let lead_in = Block::Paragraph {
        runs: vec![Run::regular("Enclosures:")],
        align: Align::Justify,
        first_line_indent_mm: 0.0,
        space_before_pt: 0.0,
        keep_with_next: true,
    };
    let signature =
        Block::Signature { left: vec![Run::regular("4 December 2026")], right: vec![Run::regular("(A. Name)")] };
    let mut split = 0;
    for (text, items) in [(ENGLISH, 1), (ENGLISH, 2), (BULGARIAN, 1), ("Please reply in writing.", 2)] {
        for count in 30..60 {
            let mut blocks = filler(count);
            blocks.extend([para(text), Block::VSpace { mm: 6.0 }, lead_in.clone()]);
            blocks.extend((1..items).map(item));
            blocks.push(Block::KeepTogether(vec![
                item(items),
                Block::VSpace { mm: 8.0 },
                para("Yours faithfully,"),
                signature.clone(),
            ]));
            let laid = proof(&doc(vec![section(blocks)]), fonts()).expect("lays out").lines;
            let signed = laid.iter().find(|line| line.kind == LineKind::Signature).expect("signed").page;
            let block = laid.iter().find(|line| text.starts_with(line.text.trim_end_matches('-'))).expect("text").block;
            let pages: Vec<usize> = laid.iter().filter(|line| line.block == block).map(|line| line.page).collect();
            let on_signed = pages.iter().filter(|&&page| page == signed).count();
            let whole_or_two = on_signed == pages.len() || (pages.len() >= 4 && on_signed >= 2);
            assert!(whole_or_two, "{count} fillers, {items} enclosures: {on_signed} of {} lines", pages.len());
            if on_signed < pages.len() {
                split += 1;
            }
        }
    }
    assert!(split > 0, "some layouts part the text to carry its end over with the signature");
}

#[test]
fn the_proof_reports_each_line_as_set() {
    let blocks = vec![para(RUSSIAN), para(ENGLISH)];
    let laid = proof(&doc(vec![section(blocks)]), fonts()).expect("lays out");
    assert_eq!(laid.pages, 1);
    assert!(laid.lines.iter().any(|line| line.end == LineEnd::Hyphen && line.text.ends_with('-')));
    for line in &laid.lines {
        assert!(line.width <= line.measure + 0.01, "{line:?}");
        if line.end != LineEnd::End {
            // Justified to the measure, letter-spaced only with the spaces at their limit.
            assert!(!line.ragged && (line.width - line.measure).abs() < 0.01, "{line:?}");
            assert!(line.tracking == 0.0 || line.ratio >= STRETCH_LIMIT - 1e-9, "{line:?}");
            assert!(line.ratio <= STRETCH_LIMIT + 1e-9, "{line:?}");
        }
    }
    assert_eq!(laid.lines.iter().map(|line| line.block).collect::<std::collections::BTreeSet<_>>().len(), 2);
}

/// A `width`×`height` RGBA PNG, opaque but for a transparent first column.
fn png_image(width: u32, height: u32) -> Vec<u8> {
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, width, height);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().expect("header");
    let pixels: Vec<u8> =
        (0..width * height).flat_map(|i| [(i % 251) as u8, 90, 160, if i % width == 0 { 0 } else { 255 }]).collect();
    writer.write_image_data(&pixels).expect("pixels");
    writer.finish().expect("finish");
    bytes
}

/// The XObjects each page of `pdf` draws, by subtype.
fn drawn_xobjects(pdf: &[u8]) -> Vec<Vec<String>> {
    let document = lopdf::Document::load_mem(pdf).expect("the PDF parses");
    document
        .page_iter()
        .map(|page| {
            let (inline, ids) = document.get_page_resources(page).expect("resources");
            let resources = inline.or_else(|| ids.first().and_then(|id| document.get_dictionary(*id).ok()));
            let Some(xobjects) = resources.and_then(|r| r.get(b"XObject").ok()).and_then(|x| x.as_dict().ok()) else {
                return Vec::new();
            };
            xobjects
                .iter()
                .map(|(_, id)| {
                    let stream =
                        document.get_object(id.as_reference().expect("ref")).and_then(lopdf::Object::as_stream);
                    let subtype = stream.expect("stream").dict.get(b"Subtype").and_then(lopdf::Object::as_name);
                    String::from_utf8_lossy(subtype.expect("subtype")).into_owned()
                })
                .collect()
        })
        .collect()
}

#[test]
fn attachments_are_drawn_on_pages_of_their_own_within_the_column() {
    let letter = render(&doc(vec![section(filler(30))]), fonts()).expect("a letter renders");
    let pdf = Attachment::open(&letter.bytes).expect("our own PDF opens");
    let image = Attachment::open(&png_image(300, 200)).expect("the PNG opens");
    assert_eq!((pdf.pages(), image.pages()), (letter.pages, 1));
    let mut blocks = vec![para("Приложение 1"), Block::Embed { attachment: image.clone(), page: 0 }];
    for page in 0..pdf.pages() {
        blocks.push(para("Приложение 2"));
        blocks.push(Block::Embed { attachment: pdf.clone(), page });
    }
    let document = doc(vec![section(blocks)]);
    let pages = lay_out(&document, fonts());
    assert_eq!(pages.len(), 1 + letter.pages, "one page per attachment page");
    for page in &pages {
        let embeds: Vec<_> = page.draws.iter().filter(|d| matches!(d, Draw::Embed { .. })).collect();
        assert_eq!(embeds.len(), 1);
        let Draw::Embed { x, y, width, height, .. } = embeds[0] else { unreachable!() };
        assert!(*x >= LEFT && x + width <= LEFT + MEASURE + 1e-6 && *y > TOP && y + height <= TOP + BODY_HEIGHT + 1e-6);
    }
    let rendered = render(&document, fonts()).expect("renders");
    let drawn = drawn_xobjects(&rendered.bytes);
    assert_eq!(drawn[0], ["Image"]);
    assert!(drawn[1..].iter().all(|page| page == &["Form"]), "{drawn:?}");
    // The same files give the same bytes.
    assert_eq!(render(&document, fonts()).expect("renders").bytes, rendered.bytes);
}
