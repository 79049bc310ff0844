//! The values the command line accepts for the case model's enums, spelled as they always were (`in-person`,
//! `wrong_person_debt`), with the model's own descriptions in `--help`.
//!
//! The core's model knows nothing of clap; each type here mirrors one model enum variant for variant and
//! converts into it.

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
    /// Whose rules apply to deadlines, letter layout and escalation.
    Jurisdiction => complaint_core::models::Jurisdiction {
        /// Russia.
        Ru,
        /// Bulgaria.
        Bg,
        /// United Kingdom.
        // Its ISO 3166 code; schema 1 wrote `uk`, the ISO 639 code of Ukrainian, which is still taken.
        #[value(alias = "uk")]
        Gb,
        /// Anywhere else: the user sets the reply deadline.
        Other,
    }
}

mirror! {
    /// Languages the letters and the interface are written in.
    Language => complaint_core::models::Language {
        /// Russian.
        Ru,
        /// Bulgarian.
        Bg,
        /// English.
        En,
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

mirror! {
    /// Which letter of the case's life to write.
    LetterKind => complaint_core::letter::LetterKind {
        /// The first, formal claim to the company.
        Claim,
        /// The answer is late: quotes the claim's date and registration number.
        Reminder,
        /// The answer came but decides nothing: each demand with its outcome.
        NoAnswer,
        /// To the regulator or the ombudsman, with the chronology and the earlier letters.
        Regulator,
        /// Access to the customer's personal data and call recordings.
        DataRequest,
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
        spelled_as_the_model::<Jurisdiction, complaint_core::models::Jurisdiction>();
        spelled_as_the_model::<Language, complaint_core::models::Language>();
        spelled_as_the_model::<ContactChannel, complaint_core::models::ContactChannel>();
        spelled_as_the_model::<DeliveryMethod, complaint_core::models::DeliveryMethod>();
        spelled_as_the_model::<DemandOutcome, complaint_core::models::DemandOutcome>();
        spelled_as_the_model::<LetterKind, complaint_core::letter::LetterKind>();
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
