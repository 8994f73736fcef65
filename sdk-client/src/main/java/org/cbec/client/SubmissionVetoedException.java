package org.cbec.client;

import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;

/**
 * A {@link MessageInterceptor} refused to file a message ({@code SUBMIT_VETOED}); nothing was signed or stored.
 *
 * <pre>{@code
 * builder.addInterceptor(chain -> {
 *     if (sellerBlocked(chain.message())) {
 *         throw new SubmissionVetoedException(chain.message().guid(), "seller 1105910159 is blocked");
 *     }
 *     return chain.proceed(chain.message());
 * });
 * }</pre>
 */
public class SubmissionVetoedException extends CebException {

    private static final long serialVersionUID = 1L;

    private final String guid;

    /** {@code guid} was refused for {@code reason}. */
    public SubmissionVetoedException(String guid, String reason) {
        super(ErrorCode.SUBMIT_VETOED, guid + " not filed: " + reason);
        this.guid = guid;
    }

    /** The guid of the refused message. */
    public String guid() {
        return guid;
    }
}
