package org.cbec.customs.lifecycle;

/**
 * The rules a cancellation, return, change or deletion is checked against before it is sent, each with a stable code.
 *
 * <pre>{@code
 * catch (LifecycleException e) { e.findings().get(0).rule(); } // LifecycleRule.RETURN_WINDOW
 * }</pre>
 */
public enum LifecycleRule {
    /** The document has no number from customs yet ({@code invtNo}): customs never entered it. */
    NOT_ENTERED("CEB-L001"),
    /** The inventory was rejected or failed: there is nothing to cancel or return; correct and file it again. */
    NOT_ACCEPTED("CEB-L002"),
    /** A released inventory is cancelled after the window the rules allow (default: 30 days after release). */
    CANCELLATION_AFTER_RELEASE("CEB-L003"),
    /** A return names an inventory that is not released. */
    RETURN_NOT_RELEASED("CEB-L004"),
    /** A return is applied for after the return window (default: 30 days after release). */
    RETURN_WINDOW("CEB-L005"),
    /** A return line names a {@code gnum} the inventory does not have. */
    RETURN_LINE_UNKNOWN("CEB-L006"),
    /** A return line returns more than was released (after earlier returns). */
    RETURN_QUANTITY("CEB-L007"),
    /** A return is declared at another customs than the inventory's, which the rules do not allow. */
    RETURN_CUSTOMS("CEB-L008"),
    /** The reason is missing or longer than the specification's 1,000 characters. */
    REASON("CEB-L009"),
    /** A change (appType 2) of a document customs concluded or released, or of a parcel already released. */
    CHANGE_NOT_ALLOWED("CEB-L010"),
    /** A deletion (appType 3) of a document customs has entered. */
    DELETE_NOT_ALLOWED("CEB-L011"),
    /** A change or deletion of a document that was never filed. */
    NOT_FILED("CEB-L012");

    private final String code;

    LifecycleRule(String code) {
        this.code = code;
    }

    /** The stable code, e.g. {@code CEB-L005}. */
    public String code() {
        return code;
    }
}
