package org.cbec.core.xml;

/**
 * Limits the hardened XML reader enforces on every input. A CEB message holds at most 100 business nodes of up to
 * 100 lines each, so the defaults leave ample room for real traffic while keeping hostile input cheap to reject.
 *
 * <pre>{@code
 * XmlLimits limits = XmlLimits.custom().maxBytes(50 * 1024 * 1024).build();
 * }</pre>
 *
 * @param maxBytes      largest accepted input in bytes (default 10 MB)
 * @param maxDepth      deepest accepted element nesting (default 32)
 * @param maxAttributes most attributes (namespace declarations included) on one element (default 32)
 */
public record XmlLimits(long maxBytes, int maxDepth, int maxAttributes) {

    private static final XmlLimits DEFAULTS = new XmlLimits(10L * 1024 * 1024, 32, 32);

    public XmlLimits {
        if (maxBytes <= 0 || maxDepth <= 0 || maxAttributes <= 0) {
            throw new IllegalArgumentException("XML limits must be positive: " + maxBytes + ", " + maxDepth + ", " + maxAttributes);
        }
    }

    /** The defaults: 10 MB, depth 32, 32 attributes. */
    public static XmlLimits ofDefaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder custom() {
        return new Builder(DEFAULTS);
    }

    /** A builder starting from {@code base}. */
    public static Builder from(XmlLimits base) {
        return new Builder(base);
    }

    /** Builder of {@link XmlLimits}. */
    public static final class Builder {
        private long maxBytes;
        private int maxDepth;
        private int maxAttributes;

        private Builder(XmlLimits base) {
            this.maxBytes = base.maxBytes;
            this.maxDepth = base.maxDepth;
            this.maxAttributes = base.maxAttributes;
        }

        public Builder maxBytes(long maxBytes) {
            this.maxBytes = maxBytes;
            return this;
        }

        public Builder maxDepth(int maxDepth) {
            this.maxDepth = maxDepth;
            return this;
        }

        public Builder maxAttributes(int maxAttributes) {
            this.maxAttributes = maxAttributes;
            return this;
        }

        public XmlLimits build() {
            return new XmlLimits(maxBytes, maxDepth, maxAttributes);
        }
    }
}
