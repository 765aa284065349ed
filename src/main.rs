use std::process::ExitCode;

fn main() -> ExitCode {
    weft::cli::main()
}
