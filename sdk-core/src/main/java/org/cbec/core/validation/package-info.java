/**
 * Validation results and rules: {@link org.cbec.core.validation.ValidationReport} of {@link
 * org.cbec.core.validation.Violation}s, each with its stable {@link org.cbec.core.validation.Rule}; field checks,
 * code lists and check characters that the descriptors refer to.
 */
package org.cbec.core.validation;
