package org.cbec.customs.lifecycle;

import java.util.List;
import java.util.stream.Collectors;
import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;

/**
 * A cancellation, return, change or deletion that breaks the rules, refused before anything is sent. Code
 * {@code LIFECYCLE_RULE}; {@link #findings()} names each broken rule and its field.
 */
public final class LifecycleException extends CebException {
    private static final long serialVersionUID = 1L;

    private final transient List<LifecycleFinding> findings;

    public LifecycleException(List<LifecycleFinding> findings) {
        super(ErrorCode.LIFECYCLE_RULE, findings.stream().map(LifecycleFinding::toString).collect(Collectors.joining("; ")));
        this.findings = List.copyOf(findings);
    }

    /** Every broken rule, at least one. */
    public List<LifecycleFinding> findings() {
        return findings;
    }

    static void throwIfAny(List<LifecycleFinding> findings) {
        if (!findings.isEmpty()) {
            throw new LifecycleException(findings);
        }
    }
}
