/**
 * The {@code cbec} command: validate, sign, verify, wrap, unwrap, submit, receipts, tax, mock and completion, each
 * a picocli subcommand; {@link org.cbec.cli.CbecCommand} is the entry point. Errors print their {@code ErrorCode}
 * in brackets.
 */
package org.cbec.cli;
