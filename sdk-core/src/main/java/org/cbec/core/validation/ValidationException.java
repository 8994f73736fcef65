package org.cbec.core.validation;

import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;

/**
 * A message broke field rules. {@link #report()} holds every violation, each with its path, field name and rule.
 */
public final class ValidationException extends CebException {
    private static final long serialVersionUID = 1L;

    private final transient ValidationReport report;

    public ValidationException(ValidationReport report) {
        super(ErrorCode.VALIDATION_FAILED, summary(report));
        this.report = report;
    }

    private static String summary(ValidationReport report) {
        var errors = report.errors();
        StringBuilder b = new StringBuilder().append(errors.size()).append(errors.size() == 1 ? " error" : " errors");
        for (Violation v : errors.subList(0, Math.min(errors.size(), 10))) {
            b.append("\n  ").append(v);
        }
        if (errors.size() > 10) {
            b.append("\n  …");
        }
        return b.toString();
    }

    public ValidationReport report() {
        return report;
    }
}
