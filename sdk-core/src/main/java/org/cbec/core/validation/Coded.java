package org.cbec.core.validation;

/**
 * A value of a specification code list: its code on the wire and its names. Code-list enums implement this.
 *
 * <pre>{@code
 * enum AppType implements Coded { ADD("1", "新增", "add"), ... }
 * }</pre>
 */
public interface Coded {
    /** The code as written in messages. */
    String code();

    /** Chinese name as in the specification. */
    String cnName();

    /** English name. */
    String enName();
}
