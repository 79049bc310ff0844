//! The web forms of a jurisdiction's regulators and dispute schemes, as data of its rule pack: each field in the
//! form's own order and words, what of the case fills it, and what the form lets the customer upload, each
//! with its source, so a form that changes is an edit of data.

use serde::{Deserialize, Serialize};

use super::basis::Basis;

/// One regulator's or scheme's web form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OnlineForm {
    /// Stable id, `<jurisdiction>.<body>`.
    pub id: String,
    /// Whose form it is, as the case page names it.
    pub name: Basis,
    /// Where the customer opens it.
    pub url: String,
    /// Where its fields were read, and when.
    pub source: String,
    /// Some field or limit was not seen in the source and needs checking against the live form.
    #[serde(default)]
    pub verify: bool,
    /// What the customer must know before opening it (an account to sign in with, what it is not for).
    #[serde(default)]
    pub note: Option<Basis>,
    /// The fields, in the form's order; empty where no source shows them (the case page then offers the
    /// complaint's text and the customer's details on their own).
    #[serde(default)]
    pub fields: Vec<FormField>,
    /// What it accepts as attachments; `None` where it takes none or its limits are not known.
    #[serde(default)]
    pub uploads: Option<UploadLimits>,
}

/// One field of a web form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormField {
    /// The field's label as the form writes it, in the form's language.
    pub label: String,
    /// What of the case goes in it.
    pub value: FormValue,
    /// The form refuses to be sent without it.
    #[serde(default)]
    pub required: bool,
    /// The most characters the field takes, where the form says.
    #[serde(default)]
    pub max_chars: Option<usize>,
    /// A word for the customer about a choice only they can make (which list entry to pick).
    #[serde(default)]
    pub note: Option<Basis>,
}

/// What fills a form field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum FormValue {
    /// The customer's full name, as they entered it.
    FullName,
    /// Their postal address.
    PostalAddress,
    /// Their e-mail address.
    Email,
    /// Their phone number.
    Phone,
    /// The company's legal name.
    CompanyName,
    /// The company's address for claims.
    CompanyAddress,
    /// The day the claim reached the company.
    ClaimDate,
    /// The day of the company's final answer (the UK's deadlock letter), when the answer recorded is final.
    DeadlockDate,
    /// The claim's demands, one per line.
    Demands,
    /// The complaint to the regulator, as its letter words it, without the address block and signature.
    ComplaintText,
    /// Nothing of the case: the customer chooses or types it, as the field's note says.
    Choice,
}

/// A form's upload limits, with their source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct UploadLimits {
    /// The file name extensions it accepts, lowercase without the dot.
    pub types: Vec<String>,
    /// The largest file, in bytes.
    #[serde(default)]
    #[cfg_attr(test, ts(type = "number | null"))]
    pub max_file_bytes: Option<u64>,
    /// All files together, in bytes.
    #[serde(default)]
    #[cfg_attr(test, ts(type = "number | null"))]
    pub max_total_bytes: Option<u64>,
    /// How many files.
    #[serde(default)]
    pub max_files: Option<usize>,
    /// Where the limits were read.
    pub source: String,
    /// Some limit needs checking against the live form.
    #[serde(default)]
    pub verify: bool,
}
