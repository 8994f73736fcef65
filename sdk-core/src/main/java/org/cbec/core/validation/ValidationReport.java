package org.cbec.core.validation;

import java.util.List;

/**
 * Every finding of one validation, in document order. Validation never stops at the first problem.
 *
 * <pre>{@code
 * ValidationReport report = codec.validate(order);
 * if (!report.isValid()) {
 *     report.errors().forEach(System.out::println);
 * }
 * }</pre>
 *
 * @param violations all findings
 */
public record ValidationReport(List<Violation> violations) {

    public ValidationReport {
        violations = List.copyOf(violations);
    }

    /** True when no finding is an error (warnings allowed). */
    public boolean isValid() {
        return violations.stream().noneMatch(Violation::isError);
    }

    public List<Violation> errors() {
        return violations.stream().filter(Violation::isError).toList();
    }

    public List<Violation> warnings() {
        return violations.stream().filter(v -> !v.isError()).toList();
    }

    /** Throws {@link ValidationException} carrying this report unless it {@link #isValid() is valid}. */
    public ValidationReport orThrow() {
        if (!isValid()) {
            throw new ValidationException(this);
        }
        return this;
    }

    @Override
    public String toString() {
        if (violations.isEmpty()) {
            return "valid";
        }
        StringBuilder b = new StringBuilder();
        for (Violation v : violations) {
            b.append(v).append('\n');
        }
        return b.toString();
    }
}
