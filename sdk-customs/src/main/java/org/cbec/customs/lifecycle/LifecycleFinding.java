package org.cbec.customs.lifecycle;

import java.util.Objects;

/**
 * One broken rule: which, where (the field path and the specification's field name) and why.
 *
 * <pre>{@code
 * LifecycleFinding f = ImportReturn.of(filed, lines, "破损").problems(now).get(0);
 * f.toString(); // CEB-L007 RETURN_QUANTITY InvtRefundList[gnum=1].qty (数量): 3 is more than the 2 released
 * }</pre>
 *
 * @param rule      the rule
 * @param path      the field path in the message to send, e.g. {@code InvtRefundList[gnum=1].qty}
 * @param fieldName the specification's field name, e.g. {@code 数量}
 * @param message   what is wrong
 */
public record LifecycleFinding(LifecycleRule rule, String path, String fieldName, String message) {

    public LifecycleFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return rule.code() + " " + rule + " " + path + (fieldName == null ? "" : " (" + fieldName + ")") + ": " + message;
    }
}
