use std::process::ExitCode;

/// Interpreters allocate many small, short-lived objects; mimalloc serves
/// them several times faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    weft::cli::main()
}
