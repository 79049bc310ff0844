//! The case page's guide to the regulators' web forms: for each form of the case's jurisdiction, the text of
//! every field in the form's order, ready to copy, and which of the case's evidence files the form's upload
//! limits accept. The complaint field holds the regulator letter's own text, so what is typed into a form is
//! what the letter would have said.

use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;

use crate::dates::read_date;
use crate::evidence;
use crate::letter::{LetterBlock, LetterError, Letters, long_date};
use crate::models::{Case, Language, LetterKind};
use crate::rules::{self, FormValue, OnlineForm, RulesError, UploadLimits};

/// The forms a case can be taken to now, or why not yet.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct FormsGuide {
    /// Why the regulator cannot be asked yet (the claim is not handed in, its term runs); the forms are empty.
    pub blocked: Option<LetterBlock>,
    /// The language the field texts are in: the jurisdiction's own, else the case's letter language.
    pub language: Language,
    /// The complaint as the regulator letter words it, for any form's text field; empty while blocked.
    pub complaint: String,
    /// The forms, the one the regulator letter is addressed to first.
    pub forms: Vec<FormGuide>,
}

/// One web form, filled from the case.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct FormGuide {
    /// The form's id in its rule pack.
    pub id: String,
    /// Whose form, in the interface's language.
    pub name: String,
    /// Where to open it.
    pub url: String,
    /// Where its fields were read.
    pub source: String,
    /// Some field or limit needs checking against the live form.
    pub verify: bool,
    /// What to know before opening it, in the interface's language.
    pub note: Option<String>,
    /// The fields in the form's order.
    pub fields: Vec<FilledField>,
    /// The files to upload, where the form takes files.
    pub uploads: Option<UploadGuide>,
}

/// One field and what to put in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct FilledField {
    /// The label as the form writes it.
    pub label: String,
    /// What of the case fills it.
    pub value: FormValue,
    /// The text to copy; empty when the case does not hold it (or the field is the customer's choice).
    pub text: String,
    /// The form will not be sent without it.
    pub required: bool,
    /// The most characters the field takes.
    pub max_chars: Option<usize>,
    /// What the customer picks or types here, in the interface's language.
    pub note: Option<String>,
}

/// The evidence files measured against a form's upload limits.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct UploadGuide {
    /// The limits, with their source.
    pub limits: UploadLimits,
    /// Every file attached to an evidence item in hand, in checklist order.
    pub files: Vec<UploadFile>,
    /// The files the form takes, together.
    #[cfg_attr(test, ts(type = "number"))]
    pub total_bytes: u64,
    /// Those are more, or larger together, than the form takes: some must be left out or made smaller.
    pub over_limit: bool,
}

/// One evidence file and whether the form takes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct UploadFile {
    /// The evidence item's index.
    pub item: usize,
    /// The file's name as attached.
    pub name: String,
    /// Its size in bytes; `None` when its copy is missing from the case.
    #[cfg_attr(test, ts(type = "number | null"))]
    pub bytes: Option<u64>,
    /// Why the form will not take it, if it will not.
    pub problem: Option<UploadProblem>,
}

/// Why a form refuses a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum UploadProblem {
    /// Its type is not one the form accepts.
    WrongType,
    /// It is larger than the form's limit for one file.
    TooLarge,
    /// Its copy is not in the case folder.
    Missing,
}

/// Where the web form `id` opens: the address in its rule pack, so the window names a form, never a URL.
pub fn form_url(id: &str) -> Result<&'static str, RulesError> {
    rules::rule_packs()?
        .iter()
        .flat_map(|pack| &pack.forms)
        .find(|form| form.id == id)
        .map(|form| form.url.as_str())
        .ok_or_else(|| RulesError::UnknownForm { id: id.to_owned() })
}

/// The forms of `case`'s jurisdiction filled from the case in the case folder `case_dir`, as of `today`; names
/// and notes in `lang`, the interface's language.
pub fn forms_guide(
    letters: &Letters,
    case: &Case,
    case_dir: &Path,
    today: NaiveDate,
    lang: Language,
) -> Result<FormsGuide, LetterError> {
    let pack = rules::rule_packs()?.iter().find(|pack| pack.jurisdiction == case.jurisdiction);
    let language = pack.and_then(|pack| pack.profile.official_language).unwrap_or(case.letter_language);
    let blocked = LetterKind::Regulator.blocked(case, today);
    let (Some(pack), None) = (pack, blocked) else {
        return Ok(FormsGuide { blocked, language, complaint: String::new(), forms: Vec::new() });
    };
    let complaint = letters.body_text(case, LetterKind::Regulator, language, today)?;
    let forms = pack.forms.iter().map(|form| fill(form, case, case_dir, &complaint, language, lang)).collect();
    Ok(FormsGuide { blocked, language, complaint, forms })
}

/// `form` filled from `case`, its texts in `language`, its name and notes in the interface's `lang`.
fn fill(
    form: &OnlineForm,
    case: &Case,
    case_dir: &Path,
    complaint: &str,
    language: Language,
    lang: Language,
) -> FormGuide {
    let fields = form
        .fields
        .iter()
        .map(|field| FilledField {
            label: field.label.clone(),
            value: field.value,
            text: field_text(field.value, case, complaint, language),
            required: field.required,
            max_chars: field.max_chars,
            note: field.note.as_ref().map(|note| note.get(lang).to_owned()),
        })
        .collect();
    FormGuide {
        id: form.id.clone(),
        name: form.name.get(lang).to_owned(),
        url: form.url.clone(),
        source: form.source.clone(),
        verify: form.verify,
        note: form.note.as_ref().map(|note| note.get(lang).to_owned()),
        fields,
        uploads: form.uploads.as_ref().map(|limits| uploads(limits, case, case_dir)),
    }
}

/// What of `case` goes in a field, dates written out in `language` as its letters write them.
fn field_text(value: FormValue, case: &Case, complaint: &str, language: Language) -> String {
    let written = |date: &str| read_date(date).ok().map(|day| long_date(day, language).replace('\u{a0}', " "));
    let text = match value {
        FormValue::FullName => case.customer.full_name.clone(),
        FormValue::PostalAddress => case.customer.postal_address.clone(),
        FormValue::Email => case.customer.email.clone(),
        FormValue::Phone => case.customer.phone.clone(),
        FormValue::CompanyName => case.company.legal_name.clone(),
        FormValue::CompanyAddress => case.company.claims_address.clone(),
        FormValue::ClaimDate => case.sent.as_ref().and_then(|sent| written(&sent.date)).unwrap_or_default(),
        FormValue::DeadlockDate => {
            case.answer.as_ref().filter(|a| a.final_response).and_then(|a| written(&a.date)).unwrap_or_default()
        }
        FormValue::Demands => {
            case.demands.iter().map(|d| d.trim()).filter(|d| !d.is_empty()).collect::<Vec<_>>().join("\n")
        }
        FormValue::ComplaintText => complaint.to_owned(),
        FormValue::Choice => String::new(),
    };
    text.trim().to_owned()
}

/// Two file name extensions of one format: "jpg" and "JPEG", "tif" and "tiff".
fn same_format(a: &str, b: &str) -> bool {
    let format = |ext: &str| match ext.to_ascii_lowercase().as_str() {
        "jpeg" | "jpe" => "jpg".to_owned(),
        "tiff" => "tif".to_owned(),
        other => other.to_owned(),
    };
    format(a) == format(b)
}

/// Every file of the evidence in hand, each with what the form's `limits` say of it.
fn uploads(limits: &UploadLimits, case: &Case, case_dir: &Path) -> UploadGuide {
    let files = crate::letter::listed_evidence(case)
        .flat_map(|(item, entry)| entry.files.iter().map(move |file| (item, file)))
        .map(|(item, file)| {
            let bytes = evidence::stored_copy(case_dir, file)
                .and_then(|path| std::fs::metadata(path).ok())
                .map(|meta| meta.len());
            let typed = Path::new(&file.name)
                .extension()
                .and_then(|ext| ext.to_str())
                .is_some_and(|ext| limits.types.iter().any(|t| same_format(t, ext)));
            let problem = match bytes {
                None => Some(UploadProblem::Missing),
                Some(_) if !typed => Some(UploadProblem::WrongType),
                // Larger than one file may be, or than all of them together.
                Some(size)
                    if [limits.max_file_bytes, limits.max_total_bytes].into_iter().flatten().any(|max| size > max) =>
                {
                    Some(UploadProblem::TooLarge)
                }
                Some(_) => None,
            };
            UploadFile { item, name: file.name.clone(), bytes, problem }
        })
        .collect::<Vec<_>>();
    let taken: Vec<u64> = files.iter().filter(|f| f.problem.is_none()).filter_map(|f| f.bytes).collect();
    let total_bytes = taken.iter().sum();
    let over_limit = limits.max_files.is_some_and(|max| taken.len() > max)
        || limits.max_total_bytes.is_some_and(|max| total_bytes > max);
    UploadGuide { limits: limits.clone(), files, total_bytes, over_limit }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Desk;
    use crate::models::{IncidentType, Jurisdiction, Submission};
    use crate::store::parse_case;
    use crate::world::FixedClock;

    const DEBT_NOTICE: &str =
        include_str!("../../../tests/fixtures/cases/2016-03-14-mts-debt-notice-stranger/case.json");

    fn desk(dir: &Path) -> Desk {
        Desk::open(dir, FixedClock(NaiveDate::from_ymd_opt(2026, 11, 21).expect("date"))).expect("desk")
    }

    /// The case handed in on `date`, stored, with `files` (name, content) attached to its first evidence item.
    fn stored(desk: &Desk, mut case: Case, date: Option<&str>, files: &[(&str, &[u8])]) -> String {
        case.sent = date.map(|date| Submission { date: date.into(), ..Submission::default() });
        let id = desk.create_case(&case).expect("create").id;
        let sources = tempfile::tempdir().expect("sources");
        for (name, content) in files {
            let source = sources.path().join(name);
            std::fs::write(&source, content).expect("source");
            desk.attach_evidence(&id, 0, &source).expect("attach");
        }
        id
    }

    fn field(form: &FormGuide, value: FormValue) -> &FilledField {
        form.fields.iter().find(|field| field.value == value).expect("field")
    }

    #[test]
    fn a_russian_case_past_its_term_fills_roskomnadzors_form_with_the_regulator_letters_own_text() {
        let data = tempfile::tempdir().expect("data");
        let desk = desk(data.path());
        let case = parse_case(DEBT_NOTICE.as_bytes()).expect("fixture");
        let id = stored(&desk, case.clone(), Some("2026-09-01"), &[]);

        let guide = desk.regulator_forms(&id, Language::En).expect("forms");
        assert_eq!((guide.blocked, guide.language), (None, Language::Ru));
        let ids: Vec<&str> = guide.forms.iter().map(|form| form.id.as_str()).collect();
        assert_eq!(ids, ["ru.rkn", "ru.rpn"], "the one the letter is addressed to first");
        // A name the customer typed whole is never split by the app: the parts are the customer's to type.
        let surname = &guide.forms[1].fields[0];
        assert_eq!((surname.label.as_str(), surname.text.as_str()), ("Фамилия", ""));
        assert_eq!(surname.note.as_deref(), Some("The surname from your full name"));
        let form = &guide.forms[0];
        assert_eq!(form.name, "Roskomnadzor — online reception", "named in the interface's language");
        assert!(form.url.starts_with("https://") && form.verify);
        assert_eq!(field(form, FormValue::Email).text, case.customer.email);
        assert_eq!(field(form, FormValue::FullName).text, case.customer.full_name);
        let complaint = &field(form, FormValue::ComplaintText).text;
        assert_eq!(complaint, &guide.complaint);
        // The letter's body, in the jurisdiction's language: its argument and requests, not its address block,
        // heading or signature.
        assert!(complaint.contains("Считаю, что") && complaint.contains("На основании изложенного прошу:"));
        assert!(complaint.contains("152-ФЗ"), "{complaint}");
        for printed_only in ["В Федеральную службу", "Заявитель:", "ЖАЛОБА", "Приложения:", "_______________"]
        {
            assert!(!complaint.contains(printed_only), "{printed_only} in {complaint}");
        }
    }

    #[test]
    fn no_form_is_offered_before_the_claim_is_handed_in_or_while_its_term_runs() {
        let data = tempfile::tempdir().expect("data");
        let desk = desk(data.path());
        let case = parse_case(DEBT_NOTICE.as_bytes()).expect("fixture");
        for (date, block) in [(None, LetterBlock::NotSent), (Some("2026-11-20"), LetterBlock::NotYetDue)] {
            let guide = desk.regulator_forms(&stored(&desk, case.clone(), date, &[]), Language::Ru).expect("forms");
            assert_eq!(guide.blocked, Some(block));
            assert!(guide.forms.is_empty() && guide.complaint.is_empty());
        }
    }

    #[test]
    fn each_scheme_says_which_evidence_files_it_takes() {
        let data = tempfile::tempdir().expect("data");
        let desk = desk(data.path());
        let mut case = Case::new(IncidentType::ServiceOutage, Jurisdiction::Gb, Language::En);
        case.customer.full_name = "Jane Doe".into();
        case.demands = vec!["Credit the days without service.".into(), " ".into(), "Reply in writing.".into()];
        case.evidence.push(crate::models::EvidenceItem { description: "Photos".into(), ..Default::default() });
        let files: &[(&str, &[u8])] = &[("router.JPEG", b"jpeg bytes"), ("notes.txt", b"notes"), ("scan.heic", b"h")];
        let id = stored(&desk, case, Some("2026-08-01"), files);

        let guide = desk.regulator_forms(&id, Language::En).expect("forms");
        let ids: Vec<&str> = guide.forms.iter().map(|form| form.id.as_str()).collect();
        assert_eq!(ids, ["gb.comms_ombudsman", "gb.cisas"]);
        let taken = |form: &FormGuide| -> Vec<(String, Option<UploadProblem>)> {
            let uploads = form.uploads.as_ref().expect("uploads");
            uploads.files.iter().map(|file| (file.name.clone(), file.problem)).collect()
        };
        let wrong = Some(UploadProblem::WrongType);
        // A JPEG is one whether its name ends in .jpg or .JPEG.
        let jpeg = ("router.JPEG".to_owned(), None);
        let heic = ("scan.heic".to_owned(), wrong);
        assert_eq!(taken(&guide.forms[0]), [jpeg.clone(), ("notes.txt".into(), None), heic.clone()]);
        assert_eq!(taken(&guide.forms[1]), [jpeg, ("notes.txt".into(), wrong), heic]);
        let cisas = guide.forms[1].uploads.as_ref().expect("uploads");
        assert_eq!((cisas.total_bytes, cisas.over_limit), (10, false));
        // The complaint without the letter's salutation, subject line and closing.
        assert!(guide.complaint.starts_with("I wish to complain about"), "{}", guide.complaint);
        assert!(!guide.complaint.contains("Yours faithfully"), "{}", guide.complaint);
        assert_eq!(field(&guide.forms[1], FormValue::ClaimDate).text, "1 August 2026");
        assert_eq!(field(&guide.forms[1], FormValue::DeadlockDate).text, "", "no final answer recorded");
        assert_eq!(
            field(&guide.forms[1], FormValue::Demands).text,
            "Credit the days without service.\nReply in writing."
        );
    }

    #[test]
    fn files_beyond_a_forms_count_or_total_are_over_its_limit() {
        let data = tempfile::tempdir().expect("data");
        let desk = desk(data.path());
        let mut case = Case::new(IncidentType::Other, Jurisdiction::Gb, Language::En);
        case.evidence.push(crate::models::EvidenceItem { description: "Bills".into(), ..Default::default() });
        let id = stored(&desk, case, None, &[("a.pdf", b"12345"), ("b.pdf", b"678")]);
        let case = desk.load_case(&id).expect("load");
        let dir = desk.store().case_dir(&id).expect("dir");
        let limits = |max_files, max_total_bytes| UploadLimits {
            types: vec!["pdf".into()],
            max_file_bytes: Some(4),
            max_total_bytes,
            max_files,
            source: "test".into(),
            verify: false,
        };
        let guide = uploads(&limits(None, None), &case, &dir);
        let problems: Vec<_> = guide.files.iter().map(|file| file.problem).collect();
        assert_eq!(problems, [Some(UploadProblem::TooLarge), None]);
        assert_eq!((guide.total_bytes, guide.over_limit), (3, false), "only the file it takes counts");
        assert!(!uploads(&limits(Some(1), Some(3)), &case, &dir).over_limit);
        // With no limit per file, one larger than all may be is refused on its own.
        let whole = UploadLimits { max_file_bytes: None, ..limits(None, Some(4)) };
        let problems: Vec<_> = uploads(&whole, &case, &dir).files.iter().map(|file| file.problem).collect();
        assert_eq!(problems, [Some(UploadProblem::TooLarge), None]);
        assert!(uploads(&limits(Some(0), None), &case, &dir).over_limit, "more files than it takes");
        let together = UploadLimits { max_file_bytes: None, ..limits(None, Some(6)) };
        let guide = uploads(&together, &case, &dir);
        assert!(guide.files.iter().all(|file| file.problem.is_none()));
        assert_eq!((guide.total_bytes, guide.over_limit), (8, true), "each fits, both do not");
    }

    #[test]
    fn every_form_in_the_packs_opens_over_https_names_its_source_and_has_one_complaint_field_at_most() {
        for pack in rules::rule_packs().expect("packs") {
            for form in &pack.forms {
                assert!(form.id.starts_with(&format!("{}.", pack.jurisdiction.id())), "{}", form.id);
                assert!(form.url.starts_with("https://") && !form.source.trim().is_empty(), "{}", form.id);
                assert!(form.fields.iter().all(|field| !field.label.trim().is_empty()), "{}", form.id);
                let complaint = form.fields.iter().filter(|f| f.value == FormValue::ComplaintText).count();
                assert!(complaint <= 1, "{}", form.id);
                if let Some(uploads) = &form.uploads {
                    assert!(!uploads.types.is_empty() && !uploads.source.trim().is_empty(), "{}", form.id);
                    assert!(uploads.types.iter().all(|t| *t == t.to_lowercase() && !t.starts_with('.')));
                }
            }
        }
    }
}
