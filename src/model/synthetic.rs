//! A large generated bank for the benchmark only (cargo feature `synthetic-bank`), to show
//! how costs grow with the number of statements. Never part of a normal build.
//!
//! The size comes from `BUYIN_BANK_SIZE` at compile time (default 200): the statements
//! are spread over the real contexts' dimensions, so every screen works as usual.

use std::sync::OnceLock;

use super::bank::{Bank, Context, Dimension, Statement, BANK_VERSION};

pub fn bank() -> &'static Bank {
    static SYNTHETIC: OnceLock<&'static Bank> = OnceLock::new();
    SYNTHETIC.get_or_init(|| {
        let size: usize = option_env!("BUYIN_BANK_SIZE")
            .and_then(|s| s.parse().ok())
            .unwrap_or(200);
        let real = super::bank::real_bank();
        let dims: usize = real.contexts.iter().map(|c| c.dimensions.len()).sum();
        let per_dim = size.div_ceil(dims).max(1);
        let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
        let contexts: Vec<Context> = real
            .contexts
            .iter()
            .map(|c| {
                let dimensions: Vec<Dimension> = c
                    .dimensions
                    .iter()
                    .map(|d| {
                        let statements: Vec<Statement> = (1..=per_dim)
                            .map(|i| {
                                Statement::scale(
                                    leak(format!("{}-{i}", d.id)),
                                    leak(format!(
                                        "Synthetic statement {i} about {}.",
                                        d.title.to_lowercase()
                                    )),
                                )
                            })
                            .collect();
                        Dimension {
                            statements: Box::leak(statements.into_boxed_slice()),
                            ..*d
                        }
                    })
                    .collect();
                Context {
                    dimensions: Box::leak(dimensions.into_boxed_slice()),
                    ..*c
                }
            })
            .collect();
        Box::leak(Box::new(Bank {
            version: BANK_VERSION,
            contexts: Box::leak(contexts.into_boxed_slice()),
            warning_signs: real.warning_signs,
            actions: real.actions,
        }))
    })
}
