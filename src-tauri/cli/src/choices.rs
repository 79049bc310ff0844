//! The values the command line accepts for the case model's enums, spelled as they always were (`in-person`,
//! `wrong_person_debt`), with the model's own descriptions in `--help`.
//!
//! The core's model knows nothing of clap. Its registries (jurisdictions, languages, letter kinds) are read
//! through [`Registry`], so a new one needs nothing here; each other type here mirrors one model enum variant
//! for variant and converts into it.

use std::marker::PhantomData;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use complaint_core::models::Registry;

/// Older spellings still accepted: the United Kingdom was `uk` before schema 2.
const ALIASES: [(&str, &str); 1] = [("gb", "uk")];

/// Reads a value of a model registry by its id, written with `-` for `_` (`no-answer`), and lists every value
/// with its description in `--help`.
#[derive(Clone)]
pub struct Choice<T>(PhantomData<T>);

/// The parser for `--kind`, `--lang`, `--jurisdiction` and the like.
pub fn choice<T: Registry>() -> Choice<T> {
    Choice(PhantomData)
}

impl<T: Registry> Choice<T> {
    fn values() -> impl Iterator<Item = PossibleValue> {
        T::all().iter().map(|value| {
            let name = value.id().replace('_', "-");
            let aliases = ALIASES.iter().filter(|(id, _)| *id == value.id()).map(|(_, alias)| *alias);
            PossibleValue::new(name).help(value.description()).aliases(aliases)
        })
    }
}

impl<T: Registry> TypedValueParser for Choice<T> {
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<T, clap::Error> {
        let name = PossibleValuesParser::new(Self::values()).parse_ref(cmd, arg, value)?;
        let found = Self::values().position(|possible| possible.matches(&name, false));
        Ok(T::all()[found.expect("the parser accepted one of these")])
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(Self::values()))
    }
}

/// Declares a clap value type mirroring a model enum, and its conversion into the model.
macro_rules! mirror {
    (
        $(#[$meta:meta])*
        $name:ident => $model:ty { $($(#[$variant_meta:meta])* $variant:ident,)+ }
    ) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
        $(#[$meta])*
        pub enum $name {
            $($(#[$variant_meta])* $variant,)+
        }

        impl From<$name> for $model {
            fn from(choice: $name) -> Self {
                match choice {
                    $($name::$variant => <$model>::$variant,)+
                }
            }
        }

        /// The way back, matched without a wildcard: a variant added to the model and missing here does
        /// not compile (the test build checks it).
        #[cfg(test)]
        impl From<$model> for $name {
            fn from(value: $model) -> Self {
                match value {
                    $(<$model>::$variant => $name::$variant,)+
                }
            }
        }
    };
}

mirror! {
    /// The incident types from the seed stories, plus a free-form one.
    #[value(rename_all = "snake_case")]
    IncidentType => complaint_core::models::IncidentType {
        /// A debt notice or collection calls meant for someone else.
        WrongPersonDebt,
        /// A top-up or payment that never reached the account.
        PaymentNotCredited,
        /// An agent promised something that did not happen.
        BrokenPromise,
        /// Overcharges, fees after termination.
        BillingDispute,
        /// No network or internet, repeated faults.
        ServiceOutage,
        /// Endless hold, dropped calls, bot loops, formal non-answers.
        UnreachableSupport,
        /// Anything else.
        Other,
    }
}

mirror! {
    /// How a contact with the company happened.
    ContactChannel => complaint_core::models::ContactChannel {
        /// A call to the hotline or from the company.
        Phone,
        /// Chat in an app or on the web, with a bot or a person.
        Chat,
        /// E-mail.
        Email,
        /// A visit to an office or shop.
        Office,
        /// Paper mail.
        Post,
        /// SMS.
        Sms,
        /// The company's web form or personal account.
        WebForm,
        /// Social media, press, anything else.
        Other,
    }
}

mirror! {
    /// How the letter reaches the company.
    DeliveryMethod => complaint_core::models::DeliveryMethod {
        /// Handed in at an office: two copies, the customer's stamped as received.
        InPerson,
        /// Registered post with an inventory of contents and a return receipt.
        RegisteredPost,
        /// E-mail or web form; the confirmation is kept.
        Email,
    }
}

mirror! {
    /// What the company did with one demand.
    DemandOutcome => complaint_core::models::DemandOutcome {
        /// Granted.
        Satisfied,
        /// Refused, with reasons given.
        RefusedWithReasons,
        /// Refused without reasons.
        RefusedWithoutReasons,
        /// Not mentioned in the answer.
        NotAddressed,
    }
}

#[cfg(test)]
mod tests {
    use clap::ValueEnum;
    use serde::Serialize;

    use super::*;

    /// Each value the command line accepts names the model variant it becomes, as `case.json` spells it
    /// (with `-` for `_` outside incident types), and comes back from it.
    fn spelled_as_the_model<Choice, Model>()
    where
        Choice: ValueEnum + Into<Model> + From<Model> + PartialEq + std::fmt::Debug,
        Model: Serialize + Copy,
    {
        for choice in Choice::value_variants() {
            let model: Model = choice.clone().into();
            let stored = serde_json::to_value(model).expect("a model enum serializes");
            let spelled = choice.to_possible_value().expect("every choice is accepted").get_name().replace('-', "_");
            assert_eq!(Some(spelled.as_str()), stored.as_str(), "{choice:?}");
            assert_eq!(&Choice::from(model), choice);
        }
    }

    #[test]
    fn every_choice_is_the_model_variant_of_its_name() {
        spelled_as_the_model::<IncidentType, complaint_core::models::IncidentType>();
        spelled_as_the_model::<ContactChannel, complaint_core::models::ContactChannel>();
        spelled_as_the_model::<DeliveryMethod, complaint_core::models::DeliveryMethod>();
        spelled_as_the_model::<DemandOutcome, complaint_core::models::DemandOutcome>();
    }
}

mirror! {
    /// Which letter reached its addressee, or was answered.
    SubmissionKind => complaint_core::models::SubmissionKind {
        /// The claim to the company.
        Claim,
        /// A personal-data request to the company.
        DataRequest,
        /// A complaint to the regulator.
        Regulator,
    }
}

mirror! {
    /// A record that can be taken back when it was entered wrongly.
    CaseRecord => complaint_core::models::CaseRecord {
        /// The claim's hand-in (only while no answer is recorded).
        Claim,
        /// The data request's delivery.
        DataRequest,
        /// The regulator complaint's delivery.
        Regulator,
        /// The company's answer.
        Answer,
    }
}
