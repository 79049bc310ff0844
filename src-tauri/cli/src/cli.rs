//! The `complaint` command line: the core without a window, for scripts, tests and portable use.

use std::ffi::OsString;
use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use complaint_core::bag::BagError;
use complaint_core::check::{CaseCheck, WarningCode};
use complaint_core::desk::{Desk, RecordError, StatusError};
use complaint_core::error::{StoreError, Unreadable};
use complaint_core::evidence::EvidenceError;
use complaint_core::letter::{LetterError, LetterKind, LetterRequest};
use complaint_core::listing::CaseListEntry;
use complaint_core::models::{Answer, Case, DeliveryDate, Jurisdiction, Language, Shelf, Submission};
use complaint_core::profile::{Envelope, EnvelopeSize, ProfileError, Settings, WindowSide};
use complaint_core::rules::{DayOff, RulesError, Unit};
use complaint_core::status::{Deadline, DeadlineKind};
use complaint_core::store::{CASE_FILE, read_case_file};
use complaint_core::verify::{FileState, ListedFile};
use complaint_core::world::{Clock, HOME_ENV, data_dir};

use crate::choices;

/// Exit code when `check` finds problems, or `verify` a file changed or missing.
const EXIT_INVALID: u8 = 1;
/// Exit code for any error (bad arguments, missing case, unreadable file).
const EXIT_ERROR: u8 = 2;

#[derive(Parser)]
#[command(
    name = "complaint",
    version,
    about = "Complaint Desk without a window: create, list and check complaint cases"
)]
struct Cli {
    /// Folder holding the cases (default: $COMPLAINT_DESK_HOME, else the system's data folder)
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create a case from a case file or folder, or from flags
    New(NewArgs),
    /// List cases with their status, and the cases that cannot be read with the reason
    List {
        /// List the archived cases instead
        #[arg(long)]
        archived: bool,
    },
    #[command(flatten)]
    Keeping(Keeping),
    /// Print a case
    Show {
        /// Case id (its folder name)
        case: String,
        /// Print the stored JSON instead of a summary
        #[arg(long)]
        json: bool,
    },
    /// List every problem in a case with its field path; exit 1 when there is any
    Check {
        /// Case id, or the path of a case.json or of a case folder
        case: String,
    },
    /// Typeset a letter as PDF into the case's letters/ folder and record it in the case
    Letter(LetterArgs),
    /// Record that the claim, a data request or a regulator complaint arrived (its answer's term runs from then)
    Sent {
        /// Case id
        case: String,
        /// Which letter
        #[arg(long, value_enum, default_value = "claim")]
        kind: choices::SubmissionKind,
        /// Date the addressee received it, YYYY-MM-DD
        #[arg(long, value_parser = iso_date)]
        date: String,
        /// Date the addressee registered it (the stamp on your copy, or its notice), YYYY-MM-DD; without it a
        /// term that runs from registration is an estimate
        #[arg(long, value_parser = iso_date, value_name = "DATE")]
        registered_on: Option<String>,
        /// How it was delivered
        #[arg(long, value_enum, default_value = "in-person")]
        method: choices::DeliveryMethod,
        /// The incoming number the company gave (вх. №)
        #[arg(long, default_value = "")]
        registration: String,
        /// Postal tracking number
        #[arg(long, default_value = "")]
        tracking: String,
    },
    /// Attach files to an evidence item as the app does: each is copied into the case under its SHA-256, and
    /// the item then counts as in hand
    Attach {
        /// Case id
        case: String,
        /// The evidence item, numbered from 1 as `show` lists them
        #[arg(long, value_parser = clap::value_parser!(u16).range(1..))]
        item: u16,
        /// The files to attach
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Hash every evidence file and letter of a case again and report each one changed or missing since it was
    /// added; exit 1 when any is
    Verify {
        /// Case id
        case: String,
    },
    /// Write a case as a zipped BagIt bag (RFC 8493) for a lawyer or a regulator: the case file, the letters and
    /// the evidence, each with its SHA-256
    Export {
        /// Case id
        case: String,
        /// Where to write the bag (default: `<case id>.zip` in the current folder)
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Add the case of a zipped bag as a new case, after checking every file against the bag's manifest;
    /// a bag that does not prove itself is refused and nothing is written
    Import {
        /// The zipped bag
        bag: PathBuf,
    },
    /// Show the print settings chosen once for every letter, or set the window envelope letters are posted in
    Settings {
        /// The window envelope: its size and window side, or `none` to print the addressee in the letter's head
        #[arg(long, value_enum)]
        envelope: Option<EnvelopeChoice>,
    },
    /// Every running deadline of a case, on what legal basis, and whether it has passed
    Status {
        /// Case id
        case: String,
        /// Show how each date was worked out: the start, the registration, every day skipped and why
        #[arg(long)]
        explain: bool,
    },
    /// Take back a hand-in, a delivery or the answer entered wrongly, to record it again
    Unrecord {
        /// Case id
        case: String,
        /// Which record
        #[arg(value_enum)]
        record: choices::CaseRecord,
    },
    /// Write every running deadline, of one case or of all, as an iCalendar file with a reminder the working day
    /// before each; importing it again updates the events
    Calendar {
        /// Case id (default: every case)
        case: Option<String>,
        /// Language of the events' texts
        #[arg(long, value_parser = choices::choice::<Language>(), default_value = "en")]
        lang: Language,
        /// Write the file here instead of printing it
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Record the answer: the company's to the claim with what it did with each demand, or the one to a data
    /// request or a regulator complaint
    Answered {
        /// Case id
        case: String,
        /// Which letter was answered
        #[arg(long, value_enum, default_value = "claim")]
        kind: choices::SubmissionKind,
        /// Date the answer arrived, YYYY-MM-DD
        #[arg(long, value_parser = iso_date)]
        date: String,
        /// How it arrived
        #[arg(long, value_enum, default_value = "post")]
        channel: choices::ContactChannel,
        /// The answer's gist
        #[arg(long, default_value = "")]
        summary: String,
        /// One outcome per demand, in order, separated by commas
        #[arg(long, value_enum, value_delimiter = ',')]
        outcomes: Vec<choices::DemandOutcome>,
        /// The answer says it is the company's final position and points to the ADR scheme (a UK deadlock or
        /// ADR letter): the 12 months to go to the scheme run from it
        #[arg(long = "final")]
        final_response: bool,
    },
}

/// Where a case is kept: in the list, the archive, a new draft or the trash.
#[derive(Subcommand)]
enum Keeping {
    /// Put a case away in the archive folder: out of the list, nothing of it lost
    Archive {
        /// Case id
        case: String,
    },
    /// Bring an archived case back to the list
    Restore {
        /// Archived case id
        case: String,
    },
    /// Start a new draft with a case's company, customer, facts and evidence, without its letters and deliveries
    Duplicate {
        /// Case id
        case: String,
    },
    /// Move a case folder, letters and evidence included, to the system's trash
    Delete {
        /// Case id
        case: String,
        /// The case is an archived one
        #[arg(long)]
        archived: bool,
    },
}

#[derive(clap::Args)]
struct LetterArgs {
    /// Case id (its folder name)
    case: String,
    /// Which letter
    #[arg(long, value_parser = choices::choice::<LetterKind>(), default_value = "claim")]
    kind: LetterKind,
    /// Language of the letter (default: the case's letter language)
    #[arg(long, value_parser = choices::choice::<Language>())]
    lang: Option<Language>,
    /// `office`: add the applicant's copy with a receipt block, for handing the letter in
    #[arg(long, value_enum)]
    copies: Option<Copies>,
    /// Print the copies of the evidence after the letter as its annexes (the default with `--copies office`)
    #[arg(long, conflicts_with = "no_annexes")]
    annexes: bool,
    /// Do not print the copies of the evidence, not even with `--copies office`
    #[arg(long)]
    no_annexes: bool,
    /// Append the same letter in this language, marked on every page as a translation for the applicant
    #[arg(long, value_parser = choices::choice::<Language>(), value_name = "LANG")]
    reading_copy: Option<Language>,
    /// Write the PDF here instead, without recording it in the case
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

/// A window envelope, as `complaint settings --envelope` names it.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum EnvelopeChoice {
    /// No window envelope.
    None,
    /// DL (110 × 220 mm), window at the left.
    DlLeft,
    /// DL, window at the right.
    DlRight,
    /// C5 (162 × 229 mm), window at the left.
    C5Left,
    /// C5, window at the right.
    C5Right,
    /// C4 (229 × 324 mm), window at the left.
    C4Left,
    /// C4, window at the right.
    C4Right,
}

impl EnvelopeChoice {
    const ALL: [EnvelopeChoice; 7] =
        [Self::None, Self::DlLeft, Self::DlRight, Self::C5Left, Self::C5Right, Self::C4Left, Self::C4Right];

    fn envelope(self) -> Option<Envelope> {
        let (size, window) = match self {
            Self::None => return None,
            Self::DlLeft => (EnvelopeSize::Dl, WindowSide::Left),
            Self::DlRight => (EnvelopeSize::Dl, WindowSide::Right),
            Self::C5Left => (EnvelopeSize::C5, WindowSide::Left),
            Self::C5Right => (EnvelopeSize::C5, WindowSide::Right),
            Self::C4Left => (EnvelopeSize::C4, WindowSide::Left),
            Self::C4Right => (EnvelopeSize::C4, WindowSide::Right),
        };
        Some(Envelope { size, window })
    }
}

/// `complaint settings`: sets the envelope when asked, then shows the settings.
fn settings(desk: &Desk, envelope: Option<EnvelopeChoice>, text: &mut String) -> Result<(), CliError> {
    if let Some(choice) = envelope {
        desk.save_settings(&Settings { envelope: choice.envelope(), ..desk.settings()? })?;
    }
    let current = desk.settings()?.envelope;
    let name =
        EnvelopeChoice::ALL.into_iter().find(|choice| choice.envelope() == current).unwrap_or(EnvelopeChoice::None);
    let _ = writeln!(
        text,
        "envelope: {}",
        clap::ValueEnum::to_possible_value(&name).map(|v| v.get_name().to_owned()).unwrap_or_default()
    );
    Ok(())
}

/// Extra copies in the PDF.
#[derive(Clone, Copy, clap::ValueEnum)]
enum Copies {
    /// The original and the applicant's copy with a receipt block.
    Office,
}

#[derive(clap::Args)]
struct NewArgs {
    /// Start from this case.json, or a case folder holding one
    #[arg(long, value_name = "PATH")]
    from: Option<PathBuf>,
    /// Incident type (required without --from)
    #[arg(long, value_enum)]
    incident: Option<choices::IncidentType>,
    /// Jurisdiction whose rules apply
    #[arg(long, value_parser = choices::choice::<Jurisdiction>())]
    jurisdiction: Option<Jurisdiction>,
    /// Language of the letters
    #[arg(long, value_parser = choices::choice::<Language>())]
    lang: Option<Language>,
    /// Company legal name
    #[arg(long)]
    company: Option<String>,
    /// Customer full name
    #[arg(long)]
    customer: Option<String>,
    /// Short title of the case
    #[arg(long)]
    title: Option<String>,
}

/// Accepts a case date as the core reads it, keeping it as text the way the case file stores it.
fn iso_date(value: &str) -> Result<String, String> {
    complaint_core::dates::read_date(value).map(|_| value.trim().to_owned()).map_err(|e| format!("“{value}” {e}"))
}

/// A failure, printed as one line.
#[derive(Debug, thiserror::Error)]
enum CliError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Letter(#[from] LetterError),
    #[error(transparent)]
    Status(#[from] StatusError),
    #[error(transparent)]
    Record(#[from] RecordError),
    #[error(transparent)]
    Rules(#[from] RulesError),
    #[error(transparent)]
    Evidence(#[from] EvidenceError),
    #[error(transparent)]
    Bag(#[from] BagError),
    #[error(transparent)]
    Profile(#[from] ProfileError),
    #[error("{0}")]
    Usage(String),
}

/// Runs the CLI with the given arguments; returns the process exit code.
fn run(
    args: impl IntoIterator<Item = OsString>,
    clock: impl Clock + Send + Sync + 'static,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> ExitCode {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            // `--help` and `--version` are answers, not errors.
            if e.use_stderr() {
                let _ = write!(err, "{}", e.render());
                return ExitCode::from(EXIT_ERROR);
            }
            let _ = write!(out, "{}", e.render());
            return ExitCode::SUCCESS;
        }
    };
    match execute(cli, clock) {
        Ok((text, code)) => {
            let _ = out.write_all(for_terminal(&text).as_bytes());
            ExitCode::from(code)
        }
        Err(e) => {
            let _ = writeln!(err, "complaint: {}", for_terminal(&e.to_string()));
            ExitCode::from(EXIT_ERROR)
        }
    }
}

fn execute(cli: Cli, clock: impl Clock + Send + Sync + 'static) -> Result<(String, u8), CliError> {
    let data_dir = data_dir(cli.data_dir).ok_or_else(|| {
        CliError::Usage(format!("no home folder to keep cases in; pass --data-dir or set {HOME_ENV}"))
    })?;
    let desk = Desk::open(&data_dir, clock)?;
    let mut text = String::new();
    match cli.command {
        Command::New(args) => create(&desk, args, &mut text)?,
        Command::List { archived } => list(&desk, shelf(archived), &mut text)?,
        Command::Keeping(keeping) => keep(&desk, keeping, &mut text)?,
        Command::Show { case, json } => show_case(&desk, &case, json, &mut text)?,
        Command::Check { case } => {
            let exit = check(&desk, &case, &mut text)?;
            return Ok((text, exit));
        }
        Command::Status { case, explain } => status(&desk, &case, explain, &mut text)?,
        Command::Attach { case, item, files } => {
            return attach(&desk, &case, usize::from(item) - 1, &files, &mut text).map(|exit| (text, exit));
        }
        Command::Verify { case } => return verify(&desk, &case, &mut text).map(|exit| (text, exit)),
        Command::Export { case, out } => export(&desk, &case, out, &mut text)?,
        Command::Settings { envelope } => settings(&desk, envelope, &mut text)?,
        Command::Import { bag } => text.push_str(&format!("imported {}\n", desk.import_bag(&bag)?.id)),
        Command::Sent { case, kind, date, registered_on, method, registration, tracking } => {
            let submission = Submission {
                date,
                method: method.into(),
                registration_number: registration,
                registered_on: registered_on.unwrap_or_default(),
                tracking_number: tracking,
                ..Submission::default()
            };
            desk.record_submission(&case, kind.into(), submission)?;
            let _ = writeln!(text, "{case}: sent");
        }
        Command::Answered { case, kind, date, .. } if kind != choices::SubmissionKind::Claim => {
            desk.record_delivery_date(&case, kind.into(), DeliveryDate::Answered, &date)?;
            let _ = writeln!(text, "{case}: answered");
        }
        Command::Answered { case, date, channel, summary, outcomes, final_response, .. } => {
            desk.record_answer(
                &case,
                Answer {
                    date,
                    channel: channel.into(),
                    summary,
                    outcomes: outcomes.into_iter().map(Into::into).collect(),
                    final_response,
                    ..Answer::default()
                },
            )?;
            let _ = writeln!(text, "{case}: answered");
        }
        Command::Letter(args) => letter(&desk, args, &mut text)?,
        Command::Unrecord { case, record } => {
            let status = desk.remove_record(&case, record.into())?.status;
            let _ = writeln!(text, "{case}: removed; the case is {}", status.id());
        }
        Command::Calendar { case, lang, out } => calendar(&desk, case.as_deref(), lang, out, &mut text)?,
    }
    Ok((text, 0))
}

/// `complaint new`: the case made, its id and folder.
fn create(desk: &Desk, args: NewArgs, text: &mut String) -> Result<(), CliError> {
    let id = desk.create_case(&new_case(args)?)?.id;
    let _ = writeln!(text, "created {id}\n{}", desk.store().cases_dir().join(&id).display());
    Ok(())
}

/// `complaint calendar`: the deadlines as iCalendar, printed or written to `out`.
fn calendar(
    desk: &Desk,
    case: Option<&str>,
    lang: Language,
    out: Option<PathBuf>,
    text: &mut String,
) -> Result<(), CliError> {
    match out {
        Some(out) => {
            desk.save_calendar(case, lang, &out)?;
            let _ = writeln!(text, "{}", out.display());
        }
        None => *text = desk.deadlines_calendar(case, lang)?,
    }
    Ok(())
}

/// `complaint archive|restore|duplicate|delete`: the case moves, is copied or goes to the trash.
fn keep(desk: &Desk, keeping: Keeping, text: &mut String) -> Result<(), CliError> {
    match keeping {
        Keeping::Archive { case } => {
            let id = desk.archive_case(&case)?;
            let _ = writeln!(
                text,
                "{case}: archived as {id}\n{}",
                desk.store().shelf_dir(Shelf::Archived).join(&id).display()
            );
        }
        Keeping::Restore { case } => {
            let id = desk.restore_case(&case)?;
            let _ = writeln!(text, "{case}: restored as {id}\n{}", desk.store().cases_dir().join(&id).display());
        }
        Keeping::Duplicate { case } => {
            let id = desk.duplicate_case(&case)?.id;
            let _ = writeln!(text, "created {id} from {case}\n{}", desk.store().cases_dir().join(&id).display());
        }
        Keeping::Delete { case, archived } => {
            desk.delete_case(&case, shelf(archived))?;
            let _ = writeln!(text, "{case}: moved to the trash");
        }
    }
    Ok(())
}

/// `complaint attach`: each file attached, or why it was not (`EXIT_ERROR` when any was not).
fn attach(desk: &Desk, case: &str, item: usize, files: &[PathBuf], text: &mut String) -> Result<u8, CliError> {
    let attached = desk.attach_files(case, item, files)?;
    let listed = attached.case.evidence.get(item).map(|entry| entry.files.as_slice()).unwrap_or_default();
    for path in files {
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        match attached.failures.iter().find(|failure| failure.name == name) {
            Some(failure) => {
                let _ = writeln!(text, "{name}: not attached: {}", failure.message);
            }
            None => {
                let sha256 = listed.iter().rev().find(|file| file.name == name).map_or("", |file| file.sha256.as_str());
                let _ = writeln!(text, "{name}: attached to item {} as {sha256}", item + 1);
            }
        }
    }
    Ok(if attached.failures.is_empty() { 0 } else { EXIT_ERROR })
}

/// `complaint export`: the bag written, by default `<case id>.zip` in the current folder.
fn export(desk: &Desk, case: &str, out: Option<PathBuf>, text: &mut String) -> Result<(), CliError> {
    let out = out.unwrap_or_else(|| PathBuf::from(format!("{case}.zip")));
    let bag = desk.export_case(case, &out)?;
    let _ = writeln!(text, "{}: {} files, each with its SHA-256", bag.path, bag.files);
    Ok(())
}

/// `complaint verify`: every listed file that is not as recorded, and the exit code (`EXIT_INVALID` when any).
fn verify(desk: &Desk, case: &str, text: &mut String) -> Result<u8, CliError> {
    let loaded = desk.load_case(case)?;
    let checks = desk.verify_case(case)?;
    for check in &checks {
        let what = match &check.file {
            ListedFile::Evidence { item, name } => {
                let description = loaded.evidence.get(*item).map_or("", |entry| entry.description.as_str());
                format!("evidence {} ({description}): {name}", item + 1)
            }
            ListedFile::Letter { file } => format!("letter {file}"),
        };
        let state = match check.state {
            FileState::Intact => "intact",
            FileState::Changed => "CHANGED since it was added",
            FileState::Missing => "MISSING",
            FileState::Unrecorded => "not checked: no fingerprint was recorded when it was made",
        };
        let _ = writeln!(text, "{what}: {state}");
    }
    let faults = checks.iter().filter(|check| check.is_fault()).count();
    if faults == 0 {
        let _ = writeln!(text, "{case}: {} file(s), none changed or missing", checks.len());
        return Ok(0);
    }
    let _ = writeln!(text, "{case}: {faults} of {} file(s) changed or missing", checks.len());
    Ok(EXIT_INVALID)
}

/// `complaint show`: the case as text, or as its JSON with `--json`.
fn show_case(desk: &Desk, case: &str, json: bool, text: &mut String) -> Result<(), CliError> {
    let loaded = desk.load_case(case)?;
    if json {
        text.push_str(&serde_json::to_string_pretty(&loaded).unwrap_or_default());
        text.push('\n');
    } else {
        show(&loaded, text);
    }
    Ok(())
}

/// `complaint check`: every problem of the case, then every warning, and the exit code (`EXIT_INVALID` when
/// there is a problem; warnings never block the letter, so they alone leave it 0).
fn check(desk: &Desk, case: &str, text: &mut String) -> Result<u8, CliError> {
    let loaded = load_id_or_path(desk, case)?;
    let CaseCheck { problems, warnings } = desk.check_case(&loaded)?;
    for problem in &problems {
        let _ = writeln!(text, "{problem}");
    }
    for warning in &warnings {
        let _ = writeln!(text, "{warning}");
    }
    let warned = if warnings.is_empty() { String::new() } else { format!(", {} warning(s)", warnings.len()) };
    if problems.is_empty() {
        let _ = writeln!(text, "{case}: complete, no problems found{warned}");
        return Ok(0);
    }
    let _ = writeln!(text, "{} problem(s) in {case}{warned}", problems.len());
    Ok(EXIT_INVALID)
}

/// `complaint letter`: typesets the letter into the case's `letters/` folder, or to `--out` without recording it.
fn letter(desk: &Desk, args: LetterArgs, text: &mut String) -> Result<(), CliError> {
    let office_copy = matches!(args.copies, Some(Copies::Office));
    let request = LetterRequest {
        kind: args.kind,
        language: args.lang,
        office_copy,
        annexes: !args.no_annexes && (args.annexes || office_copy),
        envelope: None,
        reading_copy: args.reading_copy,
    };
    let case_dir = desk.store().case_dir(&args.case)?;
    let mut asked = desk.load_case(&args.case)?;
    asked.letter_language = request.language.unwrap_or(asked.letter_language);
    let warnings = desk.check_case(&asked)?.warnings;
    match args.out {
        Some(out) => {
            let pdf = desk.render_letter(&asked, Some(&case_dir), &request)?;
            std::fs::write(&out, &pdf.bytes).map_err(|e| StoreError::io(&out, e))?;
            let _ = writeln!(text, "{} ({} pages, {} bytes)", out.display(), pdf.pages, pdf.bytes.len());
        }
        None => {
            let issued = desk.issue_letter(&args.case, &request)?;
            let path = desk.store().cases_dir().join(&args.case).join("letters").join(&issued.file);
            let _ = writeln!(text, "{}", path.display());
        }
    }
    // A letter the company may treat as unreadable is made, but not without saying so (after its path, which
    // scripts read from the first line).
    for warning in warnings.iter().filter(|w| w.code == WarningCode::NotOfficialLanguage) {
        let _ = writeln!(text, "{warning}");
    }
    Ok(())
}

fn new_case(args: NewArgs) -> Result<Case, CliError> {
    let mut case = match &args.from {
        Some(path) => read_case_path(path)?,
        None => {
            let incident = args
                .incident
                .map(Into::into)
                .ok_or_else(|| CliError::Usage("new needs --from or --incident".into()))?;
            let jurisdiction = args.jurisdiction.unwrap_or(Jurisdiction::Other);
            let lang = args.lang.unwrap_or(Language::En);
            Case::new(incident, jurisdiction, lang)
        }
    };
    if let Some(incident) = args.incident {
        case.incident = incident.into();
    }
    if let Some(jurisdiction) = args.jurisdiction {
        case.jurisdiction = jurisdiction;
    }
    if let Some(lang) = args.lang {
        case.letter_language = lang;
    }
    if let Some(company) = args.company {
        case.company.legal_name = company;
    }
    if let Some(customer) = args.customer {
        case.customer.full_name = customer;
    }
    if let Some(title) = args.title {
        case.title = title;
    }
    Ok(case)
}

/// A case named by id in the store, or by the path of a file or folder outside it.
fn load_id_or_path(desk: &Desk, arg: &str) -> Result<Case, CliError> {
    let path = Path::new(arg);
    if path.exists() { read_case_path(path) } else { Ok(desk.load_case(arg)?) }
}

fn read_case_path(path: &Path) -> Result<Case, CliError> {
    let file = if path.is_dir() { path.join(CASE_FILE) } else { path.to_path_buf() };
    read_case_file(&file).map_err(|reason| match reason {
        Unreadable::Missing => CliError::Usage(format!("{}: there is no such file", file.display())),
        reason => CliError::Usage(format!("{}: {reason}", file.display())),
    })
}

/// The shelf a command's `--archived` flag names.
fn shelf(archived: bool) -> Shelf {
    if archived { Shelf::Archived } else { Shelf::Active }
}

fn list(desk: &Desk, shelf: Shelf, text: &mut String) -> Result<(), CliError> {
    let entries = desk.list_cases(shelf)?;
    if entries.is_empty() {
        let _ = writeln!(text, "no cases in {}", desk.store().shelf_dir(shelf).display());
        return Ok(());
    }
    let width = entries.iter().map(|e| e.id().chars().count()).max().unwrap_or(0);
    for entry in &entries {
        match entry {
            CaseListEntry::Readable { id, incident, company, status, last_letter, next_deadline, .. } => {
                let mut letter = last_letter.as_deref().map(|d| format!("  last letter {d}")).unwrap_or_default();
                if let Some(next) = next_deadline {
                    let label = if next.passed { "OVERDUE since" } else { deadline_label(next.kind) };
                    let _ = write!(letter, "  {label} {}", next.date);
                }
                let _ = writeln!(
                    text,
                    "{id:width$}  {:<10}  {:<19}  {company}{letter}",
                    status.id(),
                    incident.short_label()
                );
            }
            CaseListEntry::Unreadable { id, reason } => {
                let _ = writeln!(text, "{id:width$}  unreadable  {reason}");
            }
        }
    }
    Ok(())
}

/// How a deadline of each kind reads beside its date.
fn deadline_label(kind: DeadlineKind) -> &'static str {
    match kind {
        DeadlineKind::ClaimAnswer => "answer due",
        DeadlineKind::AdrFrom => "ADR possible from",
        DeadlineKind::AdrUntil => "ADR possible until",
        DeadlineKind::DataRequestAnswer => "data request answer due",
        DeadlineKind::RegulatorAnswer => "regulator's answer due",
        DeadlineKind::ClaimWindow => "claim by",
    }
}

/// Where a deadline has got to on the clock's day, worded for its kind: an answer is late, a referral open.
fn standing(deadline: &Deadline) -> String {
    let days = deadline.days_left;
    match deadline.kind {
        DeadlineKind::AdrFrom if deadline.passed => "the complaint can go to ADR now".to_owned(),
        DeadlineKind::AdrUntil | DeadlineKind::ClaimWindow if deadline.passed => "closed".to_owned(),
        // Counted from the latest lawful registration, the delay can only be longer.
        _ if deadline.passed && deadline.due.estimated => format!("OVERDUE by at least {} day(s)", -days),
        _ if deadline.passed => format!("OVERDUE by {} day(s)", -days),
        _ if days == 0 => "today".to_owned(),
        _ => format!("{days} day(s) left"),
    }
}

/// What the count starts from, for each kind.
fn start_label(kind: DeadlineKind) -> &'static str {
    match kind {
        DeadlineKind::ClaimAnswer | DeadlineKind::AdrFrom => "Received",
        DeadlineKind::DataRequestAnswer | DeadlineKind::RegulatorAnswer => "Delivered",
        DeadlineKind::AdrUntil => "Final answer",
        DeadlineKind::ClaimWindow => "Oldest event",
    }
}

fn day(date: chrono::NaiveDate) -> String {
    date.format("%Y-%m-%d %a").to_string()
}

/// `complaint status`: the case's stage, each letter's delivery, and every running deadline; with `--explain`,
/// each deadline's working day by day.
fn status(desk: &Desk, id: &str, explain: bool, text: &mut String) -> Result<(), CliError> {
    let report = desk.case_status(id, Language::En)?;
    let case = desk.load_case(id)?;
    let _ = writeln!(text, "Status        {}", report.status.id());
    for (label, submission) in
        [("Sent", &case.sent), ("Data request", &case.data_request), ("Regulator", &case.regulator_complaint)]
    {
        let Some(submission) = submission else { continue };
        let mut line = submission.date.clone();
        if !submission.registration_number.is_empty() {
            let _ = write!(line, ", No. {}", submission.registration_number);
        }
        if !submission.registered_on.is_empty() {
            let _ = write!(line, ", registered {}", submission.registered_on);
        }
        if !submission.answered_on.is_empty() {
            let _ = write!(line, ", answered {}", submission.answered_on);
        }
        let _ = writeln!(text, "{label:<14}{line}");
    }
    if let Some(answer) = &case.answer {
        let _ = writeln!(text, "Answer        received {}", answer.date);
    }
    if report.deadlines.is_empty() {
        let hint = if case.sent.is_none() { ": record the claim with `complaint sent`" } else { "" };
        let _ = writeln!(text, "Deadlines     none running{hint}");
    }
    for deadline in &report.deadlines {
        let due = &deadline.due;
        let estimate = if due.estimated { " (estimate: registration date not entered)" } else { "" };
        let _ = writeln!(text, "\n{:<26}{}{estimate}", capitalised(deadline_label(deadline.kind)), day(due.date));
        let _ = writeln!(text, "  Standing    {}", standing(deadline));
        let _ = writeln!(text, "  Basis       {}", due.basis);
        let _ = writeln!(text, "  Source      {}", due.source);
        if let Some(extended) = due.extended_date {
            let _ = writeln!(text, "  Extended    at the latest {} if the addressee extends the term", day(extended));
        }
        if due.verify {
            let _ = writeln!(text, "  Check       this date rests on a rule or calendar marked for checking");
        }
        if explain {
            explain_deadline(deadline, text);
        }
    }
    Ok(())
}

/// The working of one deadline, one step per line.
fn explain_deadline(deadline: &Deadline, text: &mut String) {
    let (due, working) = (&deadline.due, &deadline.due.calculation);
    let _ = writeln!(text, "  Working");
    let _ = writeln!(text, "    {:<16}{}", start_label(deadline.kind), day(working.start));
    if let Some(registration) = &working.registration {
        let stated = match registration.stated {
            None => "not entered: counted from the latest day".to_owned(),
            Some(stated) if stated > registration.latest => {
                format!("{} as stated, later than the law allows: counted from the latest day", day(stated))
            }
            Some(stated) => format!("{} as stated", day(stated)),
        };
        let _ = writeln!(
            text,
            "    {:<16}latest {}; {stated} ({})",
            "Registration",
            day(registration.latest),
            registration.source
        );
    }
    let unit = match due.term.unit {
        Unit::Days => "day(s)",
        Unit::WorkingDays => "working day(s)",
        Unit::Weeks => "week(s)",
        Unit::Months => "month(s)",
    };
    let _ = writeln!(
        text,
        "    {:<16}{} {unit} from {} to {}",
        "Term",
        due.term.amount,
        day(due.counted_from),
        day(working.term_end)
    );
    for skipped in &working.skipped {
        let reason = match &skipped.reason {
            DayOff::Weekend => "weekend".to_owned(),
            DayOff::Holiday { name } => format!("holiday: {name}"),
            DayOff::Transferred { name, .. } => name.clone(),
        };
        let _ = writeln!(text, "    {:<16}{}  {reason}", "Skipped", day(skipped.date));
    }
    let _ = writeln!(text, "    {:<16}{}", "Last day", day(due.date));
    let _ = writeln!(text, "    {:<16}{}", "Counting", working.counting);
}

fn capitalised(label: &str) -> String {
    let mut chars = label.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn show(case: &Case, text: &mut String) {
    let line = |text: &mut String, label: &str, value: &str| {
        if !value.trim().is_empty() {
            let _ = writeln!(text, "{label:<14}{}", value.replace('\n', " "));
        }
    };
    line(text, "Title", &case.title);
    line(text, "Incident", case.incident.id());
    line(text, "Status", case.status.id());
    line(text, "Company", &case.company.legal_name);
    line(text, "Claims to", &case.company.claims_address);
    line(text, "Customer", &case.customer.full_name);
    line(text, "Account", &case.customer.account);
    if !case.events.is_empty() {
        let _ = writeln!(text, "\nWhat happened");
        for event in &case.events {
            let money = event.amount.as_ref().map(|m| format!(" [{} {}]", m.value, m.currency)).unwrap_or_default();
            let _ = writeln!(text, "  {} {}{money}", event.date, event.text.replace('\n', " "));
        }
    }
    if !case.demands.is_empty() {
        let _ = writeln!(text, "\nDemands");
        for (i, demand) in case.demands.iter().enumerate() {
            let _ = writeln!(text, "  {}. {}", i + 1, demand.replace('\n', " "));
        }
    }
}

/// Text with the control characters a case may hold (an escape sequence in a title or a folder name) shown
/// as `\u{1B}` instead of reaching the terminal, where they could rewrite what is on screen.
fn for_terminal(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return std::borrow::Cow::Borrowed(text);
    }
    let escaped = text.chars().map(|c| match c {
        '\n' | '\t' => c.to_string(),
        c if c.is_control() => format!("\\u{{{:X}}}", u32::from(c)),
        c => c.to_string(),
    });
    std::borrow::Cow::Owned(escaped.collect())
}

/// Runs the CLI on the process's own arguments and standard streams.
pub fn main_with(clock: impl Clock + Send + Sync + 'static) -> ExitCode {
    let stdout = io::stdout();
    let stderr = io::stderr();
    run(std::env::args_os(), clock, &mut stdout.lock(), &mut stderr.lock())
}

#[cfg(test)]
mod tests {
    use super::for_terminal;

    #[test]
    fn control_characters_never_reach_the_terminal() {
        assert_eq!(for_terminal("МТС\u{1b}[2J\u{7}\n\tок"), "МТС\\u{1B}[2J\\u{7}\n\tок");
        assert!(matches!(for_terminal("plain\n"), std::borrow::Cow::Borrowed(_)));
    }
}
