//! `complaint`: the headless front end of Complaint Desk.

mod choices;
mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main_with(complaint_core::SystemClock)
}
