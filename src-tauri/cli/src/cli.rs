//! The `complaint` command line: the core without a window, for scripts, tests and portable use.

use std::ffi::OsString;
use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use complaint_core::check::CaseCheck;
use complaint_core::desk::{Desk, RecordError, StatusError};
use complaint_core::error::{StoreError, Unreadable};
use complaint_core::letter::{LetterError, LetterRequest};
use complaint_core::listing::CaseListEntry;
use complaint_core::models::{Answer, Case, Jurisdiction, Language, Submission};
use complaint_core::rules::RulesError;
use complaint_core::store::{CASE_FILE, read_case_file};
use complaint_core::world::{Clock, HOME_ENV, data_dir};

use crate::choices;

/// Exit code when `check` finds problems.
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
    List,
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
    /// Record that the claim reached the company (the deadline for the answer runs from this date)
    Sent {
        /// Case id
        case: String,
        /// Date the company received the claim, YYYY-MM-DD
        #[arg(long, value_parser = iso_date)]
        date: String,
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
    /// When the company's answer is due, on what legal basis, and whether it is late
    Status {
        /// Case id
        case: String,
    },
    /// Record the company's answer and what it did with each demand
    Answered {
        /// Case id
        case: String,
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
    },
}

#[derive(clap::Args)]
struct LetterArgs {
    /// Case id (its folder name)
    case: String,
    /// Which letter
    #[arg(long, value_enum, default_value = "claim")]
    kind: choices::LetterKind,
    /// Language of the letter (default: the case's letter language)
    #[arg(long, value_enum)]
    lang: Option<choices::Language>,
    /// `office`: add the applicant's copy with a receipt block, for handing the letter in
    #[arg(long, value_enum)]
    copies: Option<Copies>,
    /// Append the same letter in this language, marked on every page as a translation for the applicant
    #[arg(long, value_enum, value_name = "LANG")]
    reading_copy: Option<choices::Language>,
    /// Write the PDF here instead, without recording it in the case
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
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
    #[arg(long, value_enum)]
    jurisdiction: Option<choices::Jurisdiction>,
    /// Language of the letters
    #[arg(long, value_enum)]
    lang: Option<choices::Language>,
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
        Command::New(args) => {
            let case = new_case(args)?;
            let id = desk.create_case(&case)?.id;
            let _ = writeln!(text, "created {id}\n{}", desk.store().cases_dir().join(&id).display());
        }
        Command::List => list(&desk, &mut text)?,
        Command::Show { case, json } => show_case(&desk, &case, json, &mut text)?,
        Command::Check { case } => {
            let exit = check(&desk, &case, &mut text)?;
            return Ok((text, exit));
        }
        Command::Status { case } => status(&desk, &case, &mut text)?,
        Command::Sent { case, date, method, registration, tracking } => {
            let submission = Submission {
                date,
                method: method.into(),
                registration_number: registration,
                tracking_number: tracking,
                ..Submission::default()
            };
            desk.record_submission(&case, submission)?;
            let _ = writeln!(text, "{case}: sent");
        }
        Command::Answered { case, date, channel, summary, outcomes } => {
            desk.record_answer(
                &case,
                Answer {
                    date,
                    channel: channel.into(),
                    summary,
                    outcomes: outcomes.into_iter().map(Into::into).collect(),
                    ..Answer::default()
                },
            )?;
            let _ = writeln!(text, "{case}: answered");
        }
        Command::Letter(args) => letter(&desk, args, &mut text)?,
    }
    Ok((text, 0))
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
    let request = LetterRequest {
        kind: args.kind.into(),
        language: args.lang.map(Into::into),
        office_copy: matches!(args.copies, Some(Copies::Office)),
        reading_copy: args.reading_copy.map(Into::into),
    };
    match args.out {
        Some(out) => {
            let pdf = desk.render_letter(&desk.load_case(&args.case)?, &request)?;
            std::fs::write(&out, &pdf.bytes).map_err(|e| StoreError::io(&out, e))?;
            let _ = writeln!(text, "{} ({} pages, {} bytes)", out.display(), pdf.pages, pdf.bytes.len());
        }
        None => {
            let issued = desk.issue_letter(&args.case, &request)?;
            let path = desk.store().cases_dir().join(&args.case).join("letters").join(&issued.file);
            let _ = writeln!(text, "{}", path.display());
        }
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
            let jurisdiction = args.jurisdiction.map_or(Jurisdiction::Other, Into::into);
            let lang = args.lang.map_or(Language::En, Into::into);
            Case::new(incident, jurisdiction, lang)
        }
    };
    if let Some(incident) = args.incident {
        case.incident = incident.into();
    }
    if let Some(jurisdiction) = args.jurisdiction {
        case.jurisdiction = jurisdiction.into();
    }
    if let Some(lang) = args.lang {
        case.letter_language = lang.into();
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

fn list(desk: &Desk, text: &mut String) -> Result<(), CliError> {
    let entries = desk.list_cases()?;
    if entries.is_empty() {
        let _ = writeln!(text, "no cases in {}", desk.store().cases_dir().display());
        return Ok(());
    }
    let width = entries.iter().map(|e| e.id().chars().count()).max().unwrap_or(0);
    for entry in &entries {
        match entry {
            CaseListEntry::Readable { id, incident, company, status, last_letter, due, overdue, .. } => {
                let mut letter = last_letter.as_deref().map(|d| format!("  last letter {d}")).unwrap_or_default();
                match (due, overdue) {
                    (Some(due), true) => letter.push_str(&format!("  OVERDUE since {due}")),
                    (Some(due), false) => letter.push_str(&format!("  answer due {due}")),
                    _ => {}
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

fn status(desk: &Desk, id: &str, text: &mut String) -> Result<(), CliError> {
    let report = desk.case_status(id, Language::En)?;
    let case = desk.load_case(id)?;
    let _ = writeln!(text, "Status        {}", report.status.id());
    if let Some(sent) = &case.sent {
        let number = if sent.registration_number.is_empty() {
            String::new()
        } else {
            format!(", No. {}", sent.registration_number)
        };
        let _ = writeln!(text, "Sent          {}{number}", sent.date);
    }
    match (&report.due, report.days_left) {
        (Some(due), Some(days)) => {
            let _ = writeln!(text, "Answer due    {}", due.date.format("%Y-%m-%d"));
            let _ = writeln!(text, "Legal basis   {} ({})", due.basis, due.source);
            let _ = writeln!(text, "Rule in force since {}", due.valid_from.format("%Y-%m-%d"));
            let standing = match days {
                d if d < 0 => format!("OVERDUE by {} day(s)", -d),
                0 => "due today".to_owned(),
                d => format!("{d} day(s) left"),
            };
            let _ = writeln!(text, "Standing      {standing}");
            if due.verify {
                let _ = writeln!(text, "Check         this date rests on a rule or calendar marked for checking");
            }
        }
        _ if case.answer.is_some() => {
            let _ = writeln!(text, "Answer        received {}", case.answer.as_ref().map_or("", |a| a.date.as_str()));
        }
        _ => {
            let _ = writeln!(text, "Answer due    not yet: record the claim with `complaint sent`");
        }
    }
    Ok(())
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
