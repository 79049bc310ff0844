//! A case handed over as a zipped BagIt bag, and taken back in: every example makes the round trip, and a
//! bag that was tampered with, or that reaches outside itself, is refused with its reason and nothing written.

mod support;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use support::{complaint, create_example, example_cases, fixtures, stderr, stdout};

/// Every file under `dir`, with its content.
fn files_under(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(at) = stack.pop() {
        for entry in std::fs::read_dir(&at).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                found
                    .push((path.strip_prefix(dir).expect("inside").to_path_buf(), std::fs::read(&path).expect("read")));
            }
        }
    }
    found.sort();
    found
}

/// The case as `show --json` gives it, without what a store gives every case of its own.
fn shown(data: &Path, id: &str) -> serde_json::Value {
    let mut case: serde_json::Value =
        serde_json::from_str(&stdout(&complaint(data, &["show", id, "--json"]))).expect("json");
    case.as_object_mut().expect("object").remove("revision");
    case
}

/// The one case id in a data folder.
fn only_case(data: &Path) -> String {
    let ids: Vec<String> = std::fs::read_dir(data.join("cases"))
        .expect("cases")
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| !name.starts_with('.'))
        .collect();
    assert_eq!(ids.len(), 1, "{ids:?}");
    ids[0].clone()
}

#[test]
fn every_example_goes_out_as_a_bag_and_comes_back_as_it_was() {
    for example in example_cases() {
        let name = example.file_name().expect("name").to_string_lossy().into_owned();
        let from = tempfile::tempdir().expect("temp dir");
        let id = create_example(from.path(), &name, &[]);
        let photo = fixtures().join("evidence/photo-turned.jpg");
        let attached = complaint(from.path(), &["attach", &id, "--item", "1", photo.to_str().expect("utf-8")]);
        assert!(attached.status.success(), "{name}: {}", stderr(&attached));
        assert!(complaint(from.path(), &["letter", &id]).status.success(), "{name}: letter");
        let zip = from.path().join("case.zip");
        let exported = complaint(from.path(), &["export", &id, "--out", zip.to_str().expect("utf-8")]);
        assert!(exported.status.success(), "{name}: {}", stderr(&exported));

        let to = tempfile::tempdir().expect("temp dir");
        let imported = complaint(to.path(), &["import", zip.to_str().expect("utf-8")]);
        assert!(imported.status.success(), "{name}: {}", stderr(&imported));
        let new_id = only_case(to.path());
        assert_eq!(stdout(&imported).trim(), format!("imported {new_id}"));
        assert_eq!(shown(to.path(), &new_id), shown(from.path(), &id), "{name}: the case as it was");
        let verified = complaint(to.path(), &["verify", &new_id]);
        assert!(verified.status.success(), "{name}: {}", stdout(&verified));
        let stored = |data: &Path, id: &str, folder: &str| {
            files_under(&data.join("cases").join(id).join(folder))
                .into_iter()
                .filter(|(path, _)| !path.to_string_lossy().starts_with('.'))
                .collect::<Vec<_>>()
        };
        for folder in ["letters", "evidence"] {
            assert_eq!(stored(to.path(), &new_id, folder), stored(from.path(), &id, folder), "{name}: {folder}");
        }
    }
}

/// The entries of a zip: names and contents.
type Entries = Vec<(String, Vec<u8>)>;
/// A link entry of a zip: its name and where it points.
type Link<'a> = (&'a str, &'a str);

/// A bag of the debt-notice example with a photo attached, as the entries of its zip.
fn good_bag() -> Entries {
    let data = tempfile::tempdir().expect("temp dir");
    let id = create_example(data.path(), "mts-debt-notice", &[]);
    let photo = fixtures().join("evidence/photo-turned.jpg");
    assert!(complaint(data.path(), &["attach", &id, "--item", "1", photo.to_str().expect("utf-8")]).status.success());
    let zip = data.path().join("bag.zip");
    assert!(complaint(data.path(), &["export", &id, "--out", zip.to_str().expect("utf-8")]).status.success());
    let mut archive = zip::ZipArchive::new(std::fs::File::open(&zip).expect("zip")).expect("a zip");
    (0..archive.len())
        .map(|i| {
            let mut entry = archive.by_index(i).expect("entry");
            let mut bytes = Vec::new();
            entry.read_to_end(&mut bytes).expect("read");
            (entry.name().expect("name").into_owned(), bytes)
        })
        .collect()
}

/// What a zip of `entries` (and a link, if given) does when imported: the error, and whether the data
/// folder is as it was.
fn import(entries: &[(String, Vec<u8>)], link: Option<Link>) -> (String, bool) {
    let data = tempfile::tempdir().expect("temp dir");
    assert!(complaint(data.path(), &["list"]).status.success());
    let before = files_under(data.path());
    let path = data.path().join("bag.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).expect("create"));
    let options = zip::write::SimpleFileOptions::default();
    for (name, bytes) in entries {
        zip.start_file(name.as_str(), options).expect("entry");
        zip.write_all(bytes).expect("write");
    }
    if let Some((name, target)) = link {
        zip.add_symlink(name, target, options).expect("link");
    }
    zip.finish().expect("finish");
    let before: Vec<_> =
        before.into_iter().chain([(PathBuf::from("bag.zip"), std::fs::read(&path).expect("zip"))]).collect();
    let run = complaint(data.path(), &["import", path.to_str().expect("utf-8")]);
    assert_eq!(run.status.code(), Some(2), "refused: {}", stdout(&run));
    let mut after = files_under(data.path());
    after.sort();
    let mut before = before;
    before.sort();
    (stderr(&run), after == before)
}

/// The SHA-256 of `bytes` in lowercase hex.
fn sha256(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// The bag's entries with its manifests and payload size written afresh for what they now hold, as someone
/// covering their tracks would.
fn rebagged(mut entries: Entries) -> Entries {
    let root = entries[0].0.split('/').next().expect("bag folder").to_owned();
    let payload: Vec<(String, Vec<u8>)> = entries
        .iter()
        .filter_map(|(name, bytes)| Some((name.strip_prefix(&format!("{root}/"))?.to_owned(), bytes.clone())))
        .filter(|(path, _)| path.starts_with("data/"))
        .collect();
    let manifest: String = payload.iter().map(|(path, bytes)| format!("{}  {path}\n", sha256(bytes))).collect();
    let octets: usize = payload.iter().map(|(_, bytes)| bytes.len()).sum();
    for (name, bytes) in &mut entries {
        if name.ends_with("/manifest-sha256.txt") {
            *bytes = manifest.clone().into_bytes();
        } else if name.ends_with("/bag-info.txt") {
            let info = String::from_utf8(bytes.clone()).expect("text");
            let oxum = format!("Payload-Oxum: {octets}.{}", payload.len());
            *bytes = info
                .lines()
                .map(|l| if l.starts_with("Payload-Oxum") { oxum.clone() } else { l.to_owned() } + "\n")
                .collect::<String>()
                .into_bytes();
        }
    }
    entries.retain(|(name, _)| !name.ends_with("/tagmanifest-sha256.txt"));
    entries
}

#[test]
fn a_bag_whose_files_are_not_the_ones_its_case_lists_is_refused_even_with_manifests_made_to_match() {
    let good = good_bag();
    let root = good[0].0.split('/').next().expect("bag folder").to_owned();
    let photo = format!("{root}/data/evidence/photo-turned.jpg");
    let case_json = format!("{root}/data/case.json");
    let mut swapped = good.clone();
    swapped.iter_mut().find(|(name, _)| *name == photo).expect("photo").1 = b"not the photo".to_vec();
    let mut extra = good.clone();
    extra.push((format!("{root}/data/letters/extra.pdf"), b"%PDF-1.7".to_vec()));
    let mut relisted = good.clone();
    let entry = relisted.iter_mut().find(|(name, _)| *name == case_json).expect("case");
    let mut case: serde_json::Value = serde_json::from_slice(&entry.1).expect("json");
    case["evidence"][0]["files"][0]["sha256"] = serde_json::json!("0".repeat(64));
    entry.1 = serde_json::to_vec_pretty(&case).expect("json");
    for (what, entries, reason) in [
        ("evidence replaced", swapped, "listed in the bag's manifest or its case but not in the bag"),
        ("a letter the case does not list", extra, "data/letters/extra.pdf: in the bag but not listed"),
        ("the case pointing at another file", relisted, "listed in the bag's manifest or its case but not in the bag"),
    ] {
        let (error, untouched) = import(&rebagged(entries), None);
        assert!(error.contains(reason), "{what}: {error}");
        assert!(untouched, "{what}: something was written");
    }
}

#[test]
fn a_tampered_bag_or_one_reaching_outside_itself_is_refused_and_nothing_is_written() {
    let good = good_bag();
    let root = good[0].0.split('/').next().expect("bag folder").to_owned();
    let photo = format!("{root}/data/evidence/photo-turned.jpg");
    let manifest = format!("{root}/manifest-sha256.txt");
    let changed = |name: &str, change: &dyn Fn(&mut Vec<u8>)| -> Entries {
        let mut entries = good.clone();
        let entry = entries.iter_mut().find(|(n, _)| n == name).expect("entry");
        change(&mut entry.1);
        entries
    };
    let with = |extra: (&str, &[u8])| -> Entries {
        let mut entries = good.clone();
        entries.push((extra.0.to_owned(), extra.1.to_vec()));
        entries
    };
    // Far more than a scan packs down to: a zip bomb's ratio.
    let zeros = vec![0u8; 30 * 1024 * 1024];
    let link = format!("{root}/data/evidence/link");
    let cases: Vec<(&str, Entries, Option<Link>, String)> = vec![
        (
            "one byte of evidence changed",
            changed(&photo, &|bytes| bytes[600] ^= 1),
            None,
            "data/evidence/photo-turned.jpg: its content does not match".to_owned(),
        ),
        (
            "a wrong manifest line",
            changed(&manifest, &|bytes| {
                let text = String::from_utf8(bytes.clone()).expect("text");
                *bytes = text.replacen("data/case.json", "data/case.jsonx", 1).into_bytes();
            }),
            None,
            "listed in the bag's manifest or its case but not in the bag".to_owned(),
        ),
        ("a ../ entry", with((&format!("{root}/../evil.txt"), b"x")), None, "points outside the bag".to_owned()),
        ("an absolute path", with(("/tmp/evil.txt", b"x")), None, "points outside the bag".to_owned()),
        (
            "a file not in the manifest",
            with((&format!("{root}/data/extra.txt"), b"x")),
            None,
            "not listed in its manifest or its case".to_owned(),
        ),
        ("a link", good.clone(), Some((link.as_str(), "/etc/passwd")), "a link".to_owned()),
        ("a zip bomb", with((&format!("{root}/data/zeros.bin"), &zeros)), None, "unpacks to more".to_owned()),
    ];
    for (what, entries, link, reason) in cases {
        let (error, untouched) = import(&entries, link);
        assert!(error.contains(&reason), "{what}: {error}");
        assert!(untouched, "{what}: something was written");
    }
    // The untouched bag goes in.
    let data = tempfile::tempdir().expect("temp dir");
    let path = data.path().join("bag.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).expect("create"));
    for (name, bytes) in &good {
        zip.start_file(name.as_str(), zip::write::SimpleFileOptions::default()).expect("entry");
        zip.write_all(bytes).expect("write");
    }
    zip.finish().expect("finish");
    let run = complaint(data.path(), &["import", path.to_str().expect("utf-8")]);
    assert!(run.status.success(), "{}", stderr(&run));
}
