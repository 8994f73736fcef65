package org.cbec.core.validation;

/** How serious a finding is: an {@link #ERROR} means customs would reject the message. */
public enum Severity {
    ERROR,
    WARNING
}
