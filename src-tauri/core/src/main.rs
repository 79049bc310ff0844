//! `complaint`: the headless front end of Complaint Desk.

use std::process::ExitCode;

fn main() -> ExitCode {
    complaint_core::cli::main_with(complaint_core::SystemClock)
}
