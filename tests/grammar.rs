//! Keeps the parser and the reference grammar (grammar/weft.ebnf) from
//! drifting apart: random programs are generated from the grammar and the
//! parser must accept every one of them, and the grammar itself must be
//! well formed (every rule used is defined, every rule defined is used).
//!
//! Reproduce a failure: the message names the run seed and the program
//! index; `WEFT_GRAMMAR_SEED=<seed> WEFT_GRAMMAR_PROGRAMS=<n>` runs only that
//! seed with `n` programs. `WEFT_GRAMMAR_DUMP=<dir>` writes every generated
//! program to `<dir>` (to check them with CPython:
//! `python3 -c "import ast,sys; [ast.parse(open(f).read(), f) for f in sys.argv[1:]]" <dir>/*.py`),
//! `WEFT_GRAMMAR_REPORT=<file>` every rejected one, with its errors, to `<file>`.

#[path = "grammar/ebnf.rs"]
mod ebnf;
#[path = "grammar/generate.rs"]
mod generate;
#[path = "grammar/recognize.rs"]
mod recognize;

use generate::{Config, Generator, Rng};

/// The rules a parse can start from: a module, and the input of eval().
const START_RULES: &[&str] = &["file", "eval"];

const SEEDS: &[u64] = &[
    0x5eed_0001,
    0x5eed_0002,
    0x5eed_0003,
    0x5eed_0004,
    0x5eed_0005,
    0x5eed_0006,
    0x5eed_0007,
    0x5eed_0008,
];

const PROGRAMS_PER_SEED: u64 = 500;

fn grammar() -> ebnf::Grammar {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/grammar/weft.ebnf");
    let src = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    ebnf::parse(&src).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn config() -> Config {
    Config {
        // The precedence levels: decorating each of them would turn every
        // expression into a soup of operators.
        sparse_rules: vec![
            "expression",
            "disjunction",
            "conjunction",
            "inversion",
            "comparison",
            "bitwise_or",
            "bitwise_xor",
            "bitwise_and",
            "shift_expr",
            "sum",
            "term",
            "factor",
            "power",
            "await_primary",
        ],
        // Statement lists: programs of a few statements, blocks of several.
        rich_rules: vec!["file", "statements"],
        ..Config::default()
    }
}

/// Constructs the parser is known to reject although CPython accepts them,
/// to be skipped while they are being fixed: a generated program containing
/// one of these substrings is not checked (tokens are separated by single
/// spaces, e.g. "[ * not"). Each entry must be listed in the report of the
/// one who added it. Empty: nothing is skipped.
const KNOWN_FAILING: &[&str] = &[];

struct Failure {
    seed: u64,
    index: u64,
    source: String,
    /// The first error's message: failures are grouped by it.
    first: String,
    errors: String,
}

#[test]
fn parser_accepts_programs_generated_from_the_grammar() {
    let g = grammar();
    let gen = Generator::new(&g, config()).unwrap_or_else(|e| panic!("grammar/weft.ebnf: {e}"));

    let seeds: Vec<u64> = match std::env::var("WEFT_GRAMMAR_SEED") {
        Ok(s) => vec![parse_u64(&s)],
        Err(_) => SEEDS.to_vec(),
    };
    let per_seed = std::env::var("WEFT_GRAMMAR_PROGRAMS")
        .map(|s| parse_u64(&s))
        .unwrap_or(PROGRAMS_PER_SEED);
    let dump = std::env::var("WEFT_GRAMMAR_DUMP").ok();
    if let Some(dir) = &dump {
        std::fs::create_dir_all(dir).unwrap();
    }

    let mut failures = Vec::new();
    let mut checked = 0;
    for &seed in &seeds {
        for index in 0..per_seed {
            let mut rng = Rng::new(generate::program_seed(seed, index));
            let source = gen.generate("file", &mut rng);
            if let Some(dir) = &dump {
                std::fs::write(format!("{dir}/{seed:x}_{index}.py"), &source).unwrap();
            }
            if KNOWN_FAILING.iter().any(|k| source.contains(k)) {
                continue;
            }
            checked += 1;
            let result = std::panic::catch_unwind(|| weft::syntax::parse(&source));
            let (first, errors) = match result {
                Ok(parsed) if parsed.errors.is_empty() => continue,
                Ok(parsed) => (
                    parsed.errors[0].message.clone(),
                    format!("{:#?}", parsed.errors),
                ),
                Err(panic) => {
                    let message = panic
                        .downcast_ref::<String>()
                        .map(String::as_str)
                        .or_else(|| panic.downcast_ref::<&str>().copied())
                        .unwrap_or("?");
                    (
                        "(panic)".to_string(),
                        format!("the parser panicked: {message}"),
                    )
                }
            };
            failures.push(Failure {
                seed,
                index,
                source,
                first,
                errors,
            });
        }
    }

    if !failures.is_empty() {
        // The shortest programs first: they are the easiest to read.
        failures.sort_by_key(|f| f.source.len());
        if let Ok(path) = std::env::var("WEFT_GRAMMAR_REPORT") {
            let all: String = failures
                .iter()
                .map(|f| {
                    format!(
                        "--- WEFT_GRAMMAR_SEED={:#x}, program #{} ---\n{}\n--- errors ---\n{}\n",
                        f.seed, f.index, f.source, f.errors
                    )
                })
                .collect();
            std::fs::write(&path, all).unwrap();
        }
        // One example per distinct first error, the most frequent first.
        let mut groups: Vec<(&str, usize, &Failure)> = Vec::new();
        for f in &failures {
            match groups.iter_mut().find(|g| g.0 == f.first) {
                Some(g) => g.1 += 1,
                None => groups.push((&f.first, 1, f)),
            }
        }
        groups.sort_by_key(|g| std::cmp::Reverse(g.1));
        let mut report = format!(
            "the parser rejected {} of {} programs generated from grammar/weft.ebnf \
             (CPython 3.11 accepts them). By first error:\n",
            failures.len(),
            checked
        );
        for (first, count, _) in &groups {
            report.push_str(&format!("  {count:5}  {first}\n"));
        }
        report.push_str("The shortest program for each:\n");
        for (_, _, f) in groups.iter().take(10) {
            report.push_str(&format!(
                "\n--- WEFT_GRAMMAR_SEED={:#x}, program #{} ---\n{}\n--- errors ---\n{}\n",
                f.seed, f.index, f.source, f.errors
            ));
        }
        panic!("{report}");
    }
    assert!(checked > 0 || per_seed == 0, "every program was skipped");
}

#[test]
fn grammar_rules_are_defined_and_reachable() {
    let g = grammar();

    let undefined = g.undefined_rules();
    assert!(
        undefined.is_empty(),
        "rules used but never defined in grammar/weft.ebnf (name, line of use): {undefined:?}"
    );

    for start in START_RULES {
        assert!(
            g.index_of(start).is_some(),
            "start rule `{start}` is not defined"
        );
    }
    let unreachable = g.unreachable_rules(START_RULES);
    assert!(
        unreachable.is_empty(),
        "rules of grammar/weft.ebnf that cannot be reached from {START_RULES:?}: {unreachable:?}"
    );

    let unknown: Vec<String> = g
        .token_classes()
        .into_iter()
        .filter(|t| !generate::TOKEN_CLASSES.contains(&t.as_str()))
        .collect();
    assert!(
        unknown.is_empty(),
        "token classes the test cannot generate: {unknown:?}"
    );

    // Every rule derives some finite program (no rule only recurses).
    Generator::new(&g, config()).unwrap_or_else(|e| panic!("grammar/weft.ebnf: {e}"));
}

fn parse_u64(s: &str) -> u64 {
    let s = s.trim();
    match s.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16),
        None => s.parse(),
    }
    .unwrap_or_else(|_| panic!("not a number: {s:?}"))
}
